import { checkDeck } from "./check-deck";
import type { CheckItemOptions } from "./check-item";
import type { DeckError } from "./deck-error";
import { MAX_ERRORS, MAX_ITEMS } from "./deck-limits";
import type { DeckFrontMatter, DeckItem } from "./deck-schema";
import type { DeckSourceFile } from "./decode-deck-file-bytes";
import { deriveCards, type DeckCard } from "./derive-cards";
import { parseDeckFile, type FrontMatterResult, type ItemRef } from "./parse-deck-file";

export type ParseDeckOptions = {
  /** Returns an error message for an invalid kubectl command, or null when it parses. */
  checkCommand?: CheckItemOptions["checkCommand"];
};

/** A deck that passed every check; items are in file then block order. */
export type ParsedDeck = {
  slug: string;
  title: string;
  description?: string;
  language: string;
  kubernetesVersion: string;
  sections: DeckFrontMatter["sections"];
  items: DeckItem[];
  cards: DeckCard[];
};

export type ParseDeckResult = { ok: true; deck: ParsedDeck } | { ok: false; errors: DeckError[] };

/**
 * Parses and validates a deck folder: `deck.md` (front matter + items) then the other `*.md`
 * files in path order. Pure: the caller reads the files. Every problem in every file is
 * reported (up to MAX_ERRORS), each located at file:line:column of the original text.
 */
export function parseDeck(files: DeckSourceFile[], options: ParseDeckOptions = {}): ParseDeckResult {
  const layout = orderDeckFiles(files);
  const errors: DeckError[] = [...layout.errors];
  const refs: ItemRef[] = [];
  let front: FrontMatterResult | null = null;
  let blocks = 0;
  for (const file of layout.files) {
    const parsed = parseDeckFile(file, {
      isDeckMd: file === layout.deckMd,
      itemBudget: MAX_ITEMS - blocks,
      reportOverflow: blocks <= MAX_ITEMS,
      checkCommand: options.checkCommand,
    });
    blocks += parsed.itemBlocks;
    errors.push(...parsed.errors);
    refs.push(...parsed.refs);
    if (file === layout.deckMd) front = parsed.frontMatter;
  }
  errors.push(...checkDeck(front, refs, layout.folderName));
  if (errors.length > 0 || !front) return { ok: false, errors: finalizeErrors(errors, layout.files) };
  return { ok: true, deck: buildDeck(front, refs) };
}

function buildDeck(front: FrontMatterResult, refs: ItemRef[]): ParsedDeck {
  const { slug, title, description, language, kubernetesVersion, sections } = front.data;
  // Every ref has an item here: a block without one always produced an error.
  const valid = refs.flatMap((ref) => (ref.item ? [{ ...ref, item: ref.item }] : []));
  const items = valid.map((ref, position): DeckItem => ({ ...ref.item, position, file: ref.file, line: ref.line }));
  return {
    slug,
    title,
    ...(description === undefined ? {} : { description }),
    language,
    kubernetesVersion,
    sections,
    items,
    cards: items.flatMap(deriveCards),
  };
}

type DeckLayout = { files: DeckSourceFile[]; deckMd: DeckSourceFile | null; folderName: string; errors: DeckError[] };

/** deck.md first, then the other files by path; files outside the deck folder are errors. */
function orderDeckFiles(files: DeckSourceFile[]): DeckLayout {
  const errors: DeckError[] = [];
  const at = (file: string, message: string) => errors.push({ file, line: 1, column: 1, message });
  const deckMds = files.filter((f, i) => basename(f.path) === "deck.md" && files.findIndex((g) => g.path === f.path) === i);
  const deckMd = deckMds[0] ?? null;
  deckMds.slice(1).forEach((f) => at(f.path, "a deck has exactly one deck.md; this is another one"));
  const folder = dirname((deckMd ?? files[0])?.path ?? "");
  if (!deckMd) at(folder ? `${folder}/deck.md` : "deck.md", "the deck has no deck.md");
  const seen = new Set<string>();
  const kept: DeckSourceFile[] = [];
  for (const file of files) {
    if (seen.has(file.path)) at(file.path, "the same file is listed twice");
    else if (deckMds.includes(file) && file !== deckMd) continue;
    else if (dirname(file.path) !== folder) at(file.path, `file is not in the deck folder "${folder}"`);
    else if (!file.path.endsWith(".md")) at(file.path, "deck files must be Markdown (.md)");
    else kept.push(file);
    seen.add(file.path);
  }
  const others = kept.filter((f) => f !== deckMd).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: deckMd && kept.includes(deckMd) ? [deckMd, ...others] : others, deckMd, folderName: basename(folder), errors };
}

/** Sorts errors (deck file order, then position), caps their number and escapes control characters. */
function finalizeErrors(errors: DeckError[], files: DeckSourceFile[]): DeckError[] {
  const rank = new Map(files.map((f, i) => [f.path, i]));
  const sorted = errors.map((e) => ({ ...e, file: escapeControls(e.file), message: escapeControls(e.message) })).sort(
    (a, b) =>
      (rank.get(a.file) ?? -1) - (rank.get(b.file) ?? -1) ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column,
  );
  if (sorted.length <= MAX_ERRORS) return sorted;
  const last = sorted[MAX_ERRORS - 1];
  return [...sorted.slice(0, MAX_ERRORS - 1), { ...last, message: `too many errors; ${sorted.length - MAX_ERRORS + 1} more not shown` }];
}

/**
 * Messages quote the author's text (keys, option texts), and YAML escapes such as "\e" can put
 * terminal control or bidi characters there; printed raw they could rewrite a reviewer's terminal.
 */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    c === "\n" ? "\\n" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function dirname(path: string): string {
  const slash = path.lastIndexOf("/");
  return slash === -1 ? "" : path.slice(0, slash);
}
