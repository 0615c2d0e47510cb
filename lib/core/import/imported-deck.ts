// The neutral shape every importer (deck files, CSV, Anki .apkg) produces before the deck goes
// through the one validation path (serialise → parseDeck with instructorDeckOptions) and the
// preview/commit of lib/server/decks/import. Pure types, no I/O.
import type { DeckError } from "../content/deck-error";
import type { DeckFrontMatter } from "../content/deck-schema";
import type { DeckItemInput } from "../content/deck-schema";

/** Where an imported item came from, so that errors point at the uploaded file, not at generated text. */
export type ImportOrigin = { file: string; line: number; column: number };

export type ImportedDeck = {
  /** Title, language and sections; `slug` is replaced by the target deck's slug on import. */
  front: DeckFrontMatter;
  items: DeckItemInput[];
  /** Same length and order as `items`. */
  origins: ImportOrigin[];
  /** Things that were skipped but do not stop the import (e.g. Anki media, unsupported note types). */
  warnings: DeckError[];
};

export type ImportResult = { ok: true; deck: ImportedDeck } | { ok: false; errors: DeckError[] };
