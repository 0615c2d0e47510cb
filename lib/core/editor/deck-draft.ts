// An instructor deck being edited: the front matter and the items, as the deck file format has them.
// Stored as JSON on the Deck row; published by serialising it to a deck.md and parsing that with the
// same parser as every other deck, so a draft can never publish something content:check would refuse.
import { z } from "zod";
import type { DeckFrontMatter, DeckItemInput } from "../content/deck-schema";

export type DeckDraft = { front: DeckFrontMatter; items: DeckItemInput[] };

// Only the outline is checked when reading a draft back: the items are validated field by field by
// deckItemSchema when saved and again by parseDeck when published.
const draftOutline = z.object({
  front: z.object({ slug: z.string(), title: z.string(), language: z.string(), kubernetesVersion: z.string(), sections: z.array(z.object({ id: z.string(), title: z.string(), notes: z.string() })) }).passthrough(),
  items: z.array(z.object({ id: z.string(), type: z.string(), section: z.string() }).passthrough()),
});

/** The draft stored in a Deck row, or null when the column is empty or not a draft. */
export function readDeckDraft(value: unknown): DeckDraft | null {
  const parsed = draftOutline.safeParse(value);
  return parsed.success ? (parsed.data as unknown as DeckDraft) : null;
}

/** Drops the parser's placement fields so that a draft holds exactly what a deck file would. */
export function withoutPlacement<T extends DeckItemInput>(item: T & { position?: number; file?: string; line?: number }): DeckItemInput {
  const { position: _position, file: _file, line: _line, ...rest } = item;
  return rest as unknown as DeckItemInput;
}

/** A new deck: one section to start with, Kubernetes version of the built-in deck. */
export function emptyDraft(slug: string, title: string, language: string, sectionTitle: string): DeckDraft {
  return { front: { slug, title, language, kubernetesVersion: "1.32", sections: [{ id: "general", title: sectionTitle, notes: sectionTitle }] }, items: [] };
}
