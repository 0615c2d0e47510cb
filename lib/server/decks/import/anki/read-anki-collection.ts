import "server-only";
// Reads note types, decks, notes and cards from an opened collection. Note types and decks live
// in JSON in the col row in the legacy schema (collection.anki2 / .anki21) and in their own tables,
// with protobuf blobs, in the newer one (collection.anki21b); notes and cards are the same in both.
import type Database from "better-sqlite3";
import { z } from "zod";
import type { AnkiCard, AnkiCollection, AnkiNote, AnkiNoteType } from "@/lib/core/import/anki/anki-collection";
import { protobufNumber, protobufString, readProtobufFields } from "@/lib/core/import/anki/read-protobuf-fields";

const byOrd = <T extends { ord?: number }>(list: T[]) => [...list].sort((a, b) => (a.ord ?? 0) - (b.ord ?? 0));
const legacyModelsSchema = z.record(
  z.string(),
  z.object({
    name: z.string(),
    type: z.number().optional(),
    flds: z.array(z.object({ name: z.string(), ord: z.number().optional() })),
    tmpls: z.array(z.object({ qfmt: z.string(), afmt: z.string(), ord: z.number().optional() })),
  }),
);
const legacyDecksSchema = z.record(z.string(), z.object({ name: z.string() }));
const NEWER_KIND_CLOZE = 1; // Notetype.Config.Kind.KIND_CLOZE, field 1 of the config blob

/** The collection's content; throws on a malformed collection (the caller reports it). */
export function readAnkiCollection(db: Database.Database, newer: boolean): AnkiCollection {
  const { noteTypes, deckNames } = newer ? readNewerTypesAndDecks(db) : readLegacyTypesAndDecks(db);
  return { noteTypes, deckNames, notes: readNotes(db), cards: readCards(db) };
}

export function countNotes(db: Database.Database): number {
  return db.prepare("SELECT count(*) FROM notes").pluck().get() as number;
}

function readLegacyTypesAndDecks(db: Database.Database) {
  const row = db.prepare("SELECT models, decks FROM col LIMIT 1").get() as
    { models: string; decks: string } | undefined;
  if (!row) throw new Error("the col table is empty");
  const models = legacyModelsSchema.parse(JSON.parse(String(row.models)));
  const decks = legacyDecksSchema.parse(JSON.parse(String(row.decks)));
  const noteTypes = new Map<string, AnkiNoteType>();
  for (const [id, model] of Object.entries(models)) {
    noteTypes.set(id, {
      id,
      name: model.name,
      isCloze: model.type === 1,
      fieldNames: byOrd(model.flds).map((field) => field.name),
      templates: byOrd(model.tmpls).map(({ qfmt, afmt }) => ({ qfmt, afmt })),
    });
  }
  return { noteTypes, deckNames: new Map(Object.entries(decks).map(([id, deck]) => [id, deck.name])) };
}

function readNewerTypesAndDecks(db: Database.Database) {
  const noteTypes = new Map<string, AnkiNoteType>();
  const types = db.prepare("SELECT CAST(id AS TEXT) AS id, name, config FROM notetypes").all() as {
    id: string;
    name: string;
    config: Uint8Array;
  }[];
  for (const type of types) {
    const isCloze = protobufNumber(readProtobufFields(type.config), 1) === NEWER_KIND_CLOZE;
    noteTypes.set(type.id, { id: type.id, name: String(type.name), isCloze, fieldNames: [], templates: [] });
  }
  const fields = db.prepare("SELECT CAST(ntid AS TEXT) AS ntid, name FROM fields ORDER BY ntid, ord").all() as {
    ntid: string;
    name: string;
  }[];
  for (const field of fields) noteTypes.get(field.ntid)?.fieldNames.push(String(field.name));
  const templates = db.prepare("SELECT CAST(ntid AS TEXT) AS ntid, config FROM templates ORDER BY ntid, ord").all() as {
    ntid: string;
    config: Uint8Array;
  }[];
  for (const template of templates) {
    const config = readProtobufFields(template.config); // Template.Config: q_format = 1, a_format = 2
    noteTypes.get(template.ntid)?.templates.push({ qfmt: protobufString(config, 1), afmt: protobufString(config, 2) });
  }
  const decks = db.prepare("SELECT CAST(id AS TEXT) AS id, name FROM decks").all() as { id: string; name: string }[];
  // The newer schema separates deck levels with \x1f; people (and the legacy schema) write "::".
  return { noteTypes, deckNames: new Map(decks.map((deck) => [deck.id, String(deck.name).split("\x1f").join("::")])) };
}

function readNotes(db: Database.Database): AnkiNote[] {
  const rows = db
    .prepare("SELECT CAST(id AS TEXT) AS id, guid, CAST(mid AS TEXT) AS mid, tags, flds FROM notes ORDER BY id")
    .all() as { id: string; guid: unknown; mid: string; tags: unknown; flds: unknown }[];
  return rows.map((row) => ({
    id: row.id,
    guid: String(row.guid),
    noteTypeId: row.mid,
    tags: String(row.tags ?? "")
      .split(/\s+/)
      .filter(Boolean),
    fields: String(row.flds ?? "").split("\x1f"),
  }));
}

function readCards(db: Database.Database): AnkiCard[] {
  const rows = db
    .prepare("SELECT CAST(nid AS TEXT) AS noteId, CAST(did AS TEXT) AS deckId, ord FROM cards ORDER BY nid, ord")
    .all() as AnkiCard[];
  return rows.map((row) => ({ noteId: row.noteId, deckId: row.deckId, ord: Number(row.ord) }));
}
