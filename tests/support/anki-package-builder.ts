// Builds .apkg files in Anki's real legacy layout — a zip of collection.anki2 (schema 11, written
// here with plain SQL, independently of lib/server's writer), a `media` JSON map and media files
// named 0, 1, … — so importer tests do not just check the writer against itself.
import Database from "better-sqlite3";
import { strToU8, zipSync } from "fflate";

export type BuilderNoteType = "basic" | "reversed" | "cloze" | "one-field";
export type BuilderNote = {
  guid: string;
  type: BuilderNoteType;
  fields: string[];
  tags?: string[];
  deck?: string;
  cardOrds?: number[];
};
/** A revlog row (Anki's review log) of the card `ord` of the note `guid`; `id` is the review time in ms. */
export type BuilderRevlog = {
  guid: string;
  ord: number;
  id: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
};
export type BuilderPackage = { notes: BuilderNote[]; media?: Record<string, Uint8Array>; revlog?: BuilderRevlog[] };

// Model ids and shapes as Anki's stock note types; "基本" is the Japanese UI's name for Basic,
// so a test can show that note types are recognised by structure, not by name.
const ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";
export const BUILDER_MODELS: Record<
  BuilderNoteType,
  { id: number; name: string; type: number; fields: string[]; tmpls: [string, string][] }
> = {
  basic: {
    id: 1342697561419,
    name: "基本",
    type: 0,
    fields: ["Front", "Back"],
    tmpls: [["{{Front}}", `${ANSWER}{{Back}}`]],
  },
  reversed: {
    id: 1342697561420,
    name: "Basic (and reversed card)",
    type: 0,
    fields: ["Front", "Back"],
    tmpls: [
      ["{{Front}}", `${ANSWER}{{Back}}`],
      ["{{Back}}", `${ANSWER}{{Front}}`],
    ],
  },
  cloze: {
    id: 1342697561421,
    name: "Cloze",
    type: 1,
    fields: ["Text", "Back Extra"],
    tmpls: [["{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"]],
  },
  "one-field": {
    id: 1342697561422,
    name: "Sentence only",
    type: 0,
    fields: ["Sentence"],
    tmpls: [["{{Sentence}}", `${ANSWER}{{Sentence}}`]],
  },
};

const SCHEMA_11 = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);`;

/** The card ordinals Anki would create for a note. */
export function cardOrdsOf(note: BuilderNote): number[] {
  if (note.cardOrds) return note.cardOrds;
  if (note.type === "reversed") return [0, 1];
  if (note.type !== "cloze") return [0];
  return [...new Set([...note.fields[0].matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1]) - 1))].sort((a, b) => a - b);
}

/** Deck name → id, with Anki's default deck as id 1. */
export function deckIdsOf(notes: BuilderNote[]): Map<string, number> {
  const ids = new Map<string, number>([["Default", 1]]);
  for (const note of notes) if (note.deck && !ids.has(note.deck)) ids.set(note.deck, 1_400_000_000_000 + ids.size);
  return ids;
}

/** collection.anki2 bytes holding `notes`. */
export function buildLegacyCollection(notes: BuilderNote[], revlog: BuilderRevlog[] = []): Buffer {
  const db = new Database(":memory:");
  db.exec(SCHEMA_11);
  const decks = deckIdsOf(notes);
  const models = Object.fromEntries(
    Object.values(BUILDER_MODELS).map((m) => [
      String(m.id),
      {
        id: String(m.id),
        name: m.name,
        type: m.type,
        sortf: 0,
        did: 1,
        mod: 0,
        usn: -1,
        tags: [],
        vers: [],
        css: ".card {}",
        flds: m.fields.map((name, ord) => ({
          name,
          ord,
          sticky: false,
          rtl: false,
          font: "Arial",
          size: 20,
          media: [],
        })),
        tmpls: m.tmpls.map(([qfmt, afmt], ord) => ({
          name: `Card ${ord + 1}`,
          ord,
          qfmt,
          afmt,
          did: null,
          bqfmt: "",
          bafmt: "",
        })),
      },
    ]),
  );
  const decksJson = Object.fromEntries(
    [...decks].map(([name, id]) => [
      String(id),
      { id, name, conf: 1, dyn: 0, desc: "", usn: 0, mod: 0, collapsed: false },
    ]),
  );
  db.prepare("insert into col values (1, 1375902000, 0, 0, 11, 0, 0, 0, '{}', ?, ?, '{}', '{}')").run(
    JSON.stringify(models),
    JSON.stringify(decksJson),
  );
  let cardId = 1_500_000_000_000;
  const cardIds = new Map<string, number>();
  notes.forEach((note, index) => {
    const noteId = 1_450_000_000_000 + index;
    const tags = note.tags?.length ? ` ${note.tags.join(" ")} ` : "";
    db.prepare("insert into notes values (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, '')").run(
      noteId,
      note.guid,
      BUILDER_MODELS[note.type].id,
      tags,
      note.fields.join("\x1f"),
      note.fields[0],
    );
    for (const ord of cardOrdsOf(note)) {
      cardIds.set(`${note.guid}#${ord}`, cardId);
      db.prepare("insert into cards values (?, ?, ?, ?, 0, -1, 0, 0, ?, 0, 0, 0, 0, 0, 0, 0, 0, '')").run(
        cardId++,
        noteId,
        decks.get(note.deck ?? "Default"),
        ord,
        index + 1,
      );
    }
  });
  // Rows of a card the package does not hold (deleted in Anki) keep a card id of their own.
  const insertRevlog = db.prepare("insert into revlog values (?, ?, -1, ?, ?, ?, ?, ?, ?)");
  for (const row of revlog)
    insertRevlog.run(
      row.id,
      cardIds.get(`${row.guid}#${row.ord}`) ?? 1_600_000_000_000,
      row.ease,
      row.ivl,
      row.lastIvl,
      row.factor,
      row.time,
      row.type,
    );
  const bytes = db.serialize();
  db.close();
  return bytes;
}

/** An .apkg as Anki 2.1 writes it with "Support older Anki versions". */
export function buildAnkiPackage({ notes, media = {}, revlog = [] }: BuilderPackage): Uint8Array {
  const names = Object.keys(media);
  const files: Record<string, Uint8Array> = {
    "collection.anki2": buildLegacyCollection(notes, revlog),
    media: strToU8(JSON.stringify(Object.fromEntries(names.map((name, index) => [String(index), name])))),
  };
  names.forEach((name, index) => (files[String(index)] = media[name]));
  return zipSync(files);
}
