// An instructor deck being edited: the front matter and the items, as the deck file format has them.
// Stored as JSON on the Deck row; published by serialising it to a deck.md and parsing that with the
// same parser as every other deck, so a draft can never publish something content:check would refuse.
import { z } from "zod";
import type { DeckError } from "../content/deck-error";
import { MAX_GENERATED_FILE_BYTES } from "../content/deck-limits";
import type { DeckFrontMatter, DeckItemInput } from "../content/deck-schema";
import type { DeckSourceFile } from "../content/decode-deck-file-bytes";
import { parseDeck, type ParseDeckOptions, type ParseDeckResult, type ParsedDeck } from "../content/parse-deck";
import { serializeDeck } from "../content/serialize-deck";

export type DeckDraft = { front: DeckFrontMatter; items: DeckItemInput[] };

// Only the outline is checked when reading a draft back: the items are validated field by field by
// deckItemSchema when saved and again by parseDeck when published.
const draftOutline = z.object({
  front: z
    .object({
      slug: z.string(),
      title: z.string(),
      language: z.string(),
      kubernetesVersion: z.string(),
      sections: z.array(z.object({ id: z.string(), title: z.string(), notes: z.string() })),
    })
    .passthrough(),
  items: z.array(z.object({ id: z.string(), type: z.string(), section: z.string() }).passthrough()),
});

/** The draft stored in a Deck row, or null when the column is empty or not a draft. */
export function readDeckDraft(value: unknown): DeckDraft | null {
  const parsed = draftOutline.safeParse(value);
  return parsed.success ? (parsed.data as unknown as DeckDraft) : null;
}

/** Drops the parser's placement fields so that a draft holds exactly what a deck file would. */
export function withoutPlacement<T extends DeckItemInput>(
  item: T & { position?: number; file?: string; line?: number },
): DeckItemInput {
  const { position: _position, file: _file, line: _line, ...rest } = item;
  return rest as unknown as DeckItemInput;
}

/** A new deck: one section to start with, Kubernetes version of the built-in deck. */
export function emptyDraft(slug: string, title: string, language: string, sectionTitle: string): DeckDraft {
  return {
    front: {
      slug,
      title,
      language,
      kubernetesVersion: "1.32",
      sections: [{ id: "general", title: sectionTitle, notes: sectionTitle }],
    },
    items: [],
  };
}

/** A parsed deck as a draft: its front matter and its items without the parser's placement fields. */
export function draftOf(deck: ParsedDeck): DeckDraft {
  const { slug, title, description, language, kubernetesVersion, sections } = deck;
  return {
    front: {
      slug,
      title,
      ...(description === undefined ? {} : { description }),
      language,
      kubernetesVersion,
      sections,
    },
    items: deck.items.map(withoutPlacement),
  };
}

export type GeneratedDeckParse =
  | { ok: true; deck: ParsedDeck; files: DeckSourceFile[] }
  /** `itemIndex`: the index in `items` of the item whose block holds the error, null for the front matter. */
  | { ok: false; errors: (DeckError & { itemIndex: number | null })[] };

/**
 * Writes a deck made by the app (a draft, a CSV or Anki import) as one deck.md and parses it with
 * the instructor rules, so that it meets exactly the checks of a hand-written deck; errors say which
 * item they belong to, for the caller to point at the form field or the uploaded row.
 */
export function parseGeneratedDeck(
  front: DeckFrontMatter,
  items: DeckItemInput[],
  options: ParseDeckOptions & { slug: string },
): GeneratedDeckParse {
  const { text, itemLines } = serializeDeck(front, items);
  const files = [{ path: "deck.md", text }];
  const result = parseDeck(files, { maxFileBytes: MAX_GENERATED_FILE_BYTES, ...options });
  if (result.ok) return { ok: true, deck: result.deck, files };
  const errors = result.errors.map((error) => {
    const index = itemLines.findIndex((lines) => error.line >= lines.start && error.line <= lines.end);
    return { ...error, itemIndex: index === -1 ? null : index };
  });
  return { ok: false, errors };
}

/** The deck files a DeckVersion stored (JSON text), parsed again with the instructor rules. */
export function parseStoredDeckFiles(source: string, options: ParseDeckOptions & { slug: string }): ParseDeckResult {
  return parseDeck(JSON.parse(source) as DeckSourceFile[], { maxFileBytes: MAX_GENERATED_FILE_BYTES, ...options });
}
