import "server-only";
// Writes a deck as an .apkg that Anki (2.0 and later) imports: a zip of collection.anki2 in the
// legacy schema 11 plus an empty media map. One Anki deck per section, named "<title>::<section>".
// Ids come from `now` and the order of decks, notes and cards, so the same input gives the same file.
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";
import type { DeckItemInput } from "@/lib/core/content/deck-schema";
import { ANKI_NOTE_TYPES, legacyModelsJson } from "./anki-note-types";
import {
  ANKI_SCHEMA_11_SQL,
  DEFAULT_DECK_ID,
  legacyConfJson,
  legacyDeckConfJson,
  legacyDeckJson,
} from "./anki-schema-11";
import { guidFromItemId } from "./guid-from-item-id";
import { itemToAnkiNote } from "./item-to-anki-note";
import { ankiFieldChecksum, markdownToAnkiHtml, stripAnkiHtml } from "./markdown-to-anki-html";

export type AnkiExportDeck = {
  title: string;
  /** Namespaces the note GUIDs, so items with the same id in two decks stay two notes in Anki. */
  slug?: string;
  language?: string;
  sections: { id: string; title: string }[];
  items: DeckItemInput[];
};

/** The .apkg bytes for a deck. */
export function writeAnkiPackage(deck: AnkiExportDeck, now: Date): Uint8Array {
  const base = now.getTime();
  const modSeconds = Math.floor(base / 1000);
  const db = new Database(":memory:");
  try {
    db.exec(ANKI_SCHEMA_11_SQL);
    const { decksJson, deckIdOfSection, parentId } = planDecks(deck, base, modSeconds);
    const insertNote = db.prepare("INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, '')");
    const insertCard = db.prepare("INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')");
    let cardCount = 0;
    db.transaction(() => {
      deck.items.forEach((item, index) => {
        const note = itemToAnkiNote(item, deck.language);
        const fields = note.fields.map((markdown) => (markdown ? markdownToAnkiHtml(markdown) : ""));
        const noteId = base + index;
        const tags = item.tags && item.tags.length > 0 ? ` ${item.tags.join(" ")} ` : "";
        const guid = guidFromItemId(item.id, deck.slug);
        insertNote.run(
          noteId,
          guid,
          ANKI_NOTE_TYPES[note.noteType].id,
          modSeconds,
          tags,
          fields.join("\x1f"),
          stripAnkiHtml(fields[0]),
          ankiFieldChecksum(fields[0]),
        );
        const deckId = deckIdOfSection.get(item.section) ?? parentId;
        // due = the new-card position: cards are introduced in deck order
        for (const ord of note.cardOrds) insertCard.run(base + cardCount++, noteId, deckId, ord, modSeconds, index + 1);
      });
      db.prepare("INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, '{}')").run(
        Math.floor(modSeconds / 86_400) * 86_400,
        base,
        base,
        JSON.stringify(legacyConfJson(ANKI_NOTE_TYPES.basic.id, deck.items.length + 1)),
        JSON.stringify(legacyModelsJson(modSeconds, parentId)),
        JSON.stringify(decksJson),
        JSON.stringify(legacyDeckConfJson()),
      );
    })();
    return zipSync({ "collection.anki2": db.serialize(), media: strToU8("{}") }, { mtime: now });
  } finally {
    db.close();
  }
}

function planDecks(deck: AnkiExportDeck, base: number, modSeconds: number) {
  // "::" nests decks in Anki; inside one of our titles it would split the title, so it is flattened.
  const name = (text: string) => text.replace(/::/g, ":").trim() || "KubeDrill";
  const title = name(deck.title);
  const parentId = base;
  const decksJson: Record<string, unknown> = {
    [DEFAULT_DECK_ID]: legacyDeckJson(DEFAULT_DECK_ID, "Default", modSeconds),
    [parentId]: legacyDeckJson(parentId, title, modSeconds),
  };
  const deckIdOfSection = new Map<string, number>();
  const used = new Set<string>();
  deck.sections.forEach((section, index) => {
    const id = base + 1 + index;
    let deckName = `${title}::${name(section.title)}`;
    for (let n = 2; used.has(deckName); n++) deckName = `${title}::${name(section.title)} (${n})`;
    used.add(deckName);
    decksJson[id] = legacyDeckJson(id, deckName, modSeconds);
    deckIdOfSection.set(section.id, id);
  });
  return { decksJson, deckIdOfSection, parentId };
}
