// What the importer needs from an Anki collection, the same for the legacy schema (collection.anki2
// / .anki21: JSON in the col row) and the newer one (collection.anki21b: notetypes, fields,
// templates and decks tables). Ids are strings: Anki's 64-bit ids need not fit a JS number.

export type AnkiTemplate = { qfmt: string; afmt: string };

export type AnkiNoteType = {
  id: string;
  name: string;
  /** Model type 1 (legacy) or Kind.KIND_CLOZE (newer schema). */
  isCloze: boolean;
  fieldNames: string[];
  templates: AnkiTemplate[];
};

export type AnkiNote = { id: string; guid: string; noteTypeId: string; tags: string[]; fields: string[] };
export type AnkiCard = { noteId: string; deckId: string; ord: number };

export type AnkiCollection = {
  noteTypes: Map<string, AnkiNoteType>;
  /** Deck id → full name with "::" between levels. */
  deckNames: Map<string, string>;
  /** In creation order (note id). */
  notes: AnkiNote[];
  cards: AnkiCard[];
};

/** Anki's built-in default deck; its name is localised, its id is always 1. */
export const ANKI_DEFAULT_DECK_ID = "1";
