// Builds an .apkg as Anki 2.1.50+ exports it by default: collection.anki21b = zstd of a SQLite file
// in the newer schema (notetypes / fields / templates / decks tables, protobuf config blobs, deck
// levels separated by \x1f, `collate unicase` name columns), next to a dummy collection.anki2
// asking to update Anki. Node 20 has no zstd encoder, so the frame uses raw (stored) blocks.
import Database from "better-sqlite3";
import { zipSync } from "fflate";
import { BUILDER_MODELS, buildLegacyCollection, cardOrdsOf, deckIdsOf, type BuilderNote } from "./anki-package-builder";

const SCHEMA_18 = `
create table col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
create table fields (ntid integer not null, ord integer not null, name text not null collate nocase, config blob not null, primary key (ntid, ord)) without rowid;
create unique index idx_fields_name_ntid on fields (name, ntid);
create table templates (ntid integer not null, ord integer not null, name text not null collate nocase, mtime_secs integer not null, usn integer not null, config blob not null, primary key (ntid, ord)) without rowid;
create unique index idx_templates_name_ntid on templates (name, ntid);
create table notetypes (id integer not null primary key, name text not null collate nocase, mtime_secs integer not null, usn integer not null, config blob not null);
create unique index idx_notetypes_name on notetypes (name);
create table decks (name text not null primary key collate nocase, id integer not null, mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
create unique index idx_decks_id on decks (id);`;

const varint = (n: number): number[] => (n < 0x80 ? [n] : [(n & 0x7f) | 0x80, ...varint(Math.floor(n / 128))]);
const stringField = (field: number, text: string) => {
  const bytes = [...Buffer.from(text, "utf8")];
  return [...varint(field * 8 + 2), ...varint(bytes.length), ...bytes];
};

function buildNewerCollection(notes: BuilderNote[]): Buffer {
  const db = new Database(":memory:");
  db.exec(SCHEMA_18);
  db.prepare("insert into col values (1, 0, 0, 0, 18, 0, 0, 0, '', '', '', '', '')").run();
  for (const model of Object.values(BUILDER_MODELS)) {
    const config = Buffer.from(model.type === 1 ? [...varint(8), 1] : []); // Config.kind = 1 (cloze)
    db.prepare("insert into notetypes values (?, ?, 0, 0, ?)").run(model.id, model.name, config);
    model.fields.forEach((name, ord) =>
      db.prepare("insert into fields values (?, ?, ?, x'')").run(model.id, ord, name),
    );
    model.tmpls.forEach(([qfmt, afmt], ord) => {
      db.prepare("insert into templates values (?, ?, ?, 0, 0, ?)").run(
        model.id,
        ord,
        `Card ${ord + 1}`,
        Buffer.from([...stringField(1, qfmt), ...stringField(2, afmt)]),
      );
    });
  }
  const decks = deckIdsOf(notes);
  for (const [name, id] of decks)
    db.prepare("insert into decks values (?, ?, 0, 0, x'', x'')").run(name.split("::").join("\x1f"), id);
  let cardId = 1_500_000_000_000;
  notes.forEach((note, index) => {
    const noteId = 1_450_000_000_000 + index;
    db.prepare("insert into notes values (?, ?, ?, 0, -1, ?, ?, ?, 0, 0, '')").run(
      noteId,
      note.guid,
      BUILDER_MODELS[note.type].id,
      "",
      note.fields.join("\x1f"),
      note.fields[0],
    );
    for (const ord of cardOrdsOf(note))
      db.prepare("insert into cards values (?, ?, ?, ?, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '')").run(
        cardId++,
        noteId,
        decks.get(note.deck ?? "Default"),
        ord,
      );
  });
  // Anki's columns use its own `unicase` collation, which SQLite cannot create without Anki.
  db.unsafeMode(true);
  db.pragma("writable_schema = ON");
  db.exec("update sqlite_master set sql = replace(sql, 'collate nocase', 'collate unicase')");
  db.pragma("writable_schema = OFF");
  const bytes = db.serialize();
  db.close();
  return bytes;
}

/** A zstd frame (RFC 8878) holding `data` in raw blocks: valid input for any zstd decoder. */
export function zstdStored(data: Uint8Array): Uint8Array {
  const out: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x58]; // magic; no checksum/dict; window 2^(10+11) = 2 MB
  const blockMax = 128 * 1024;
  for (let at = 0; at < data.length || at === 0; at += blockMax) {
    const block = data.subarray(at, at + blockMax);
    const last = at + blockMax >= data.length ? 1 : 0;
    const header = (block.length << 3) | last; // block type 0 = raw
    out.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...block);
    if (last) break;
  }
  return Uint8Array.from(out);
}

/** An .apkg in the default export format of current Anki. */
export function buildAnki21bPackage(notes: BuilderNote[]): Uint8Array {
  const pleaseUpdate: BuilderNote = {
    guid: "dummy",
    type: "basic",
    fields: ["Please update to the latest Anki version, then import the .colpkg/.apkg file again.", ""],
  };
  return zipSync({
    "collection.anki21b": zstdStored(buildNewerCollection(notes)),
    "collection.anki2": buildLegacyCollection([pleaseUpdate]),
    meta: Uint8Array.from([0x08, 0x03]), // PackageMetadata { version: VERSION_LATEST }
    media: zstdStored(new Uint8Array(0)),
  });
}
