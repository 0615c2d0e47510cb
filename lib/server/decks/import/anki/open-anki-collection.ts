import "server-only";
// Opens an uploaded Anki collection in memory, read-only, as untrusted data: no temp file, no
// schema-defined functions run (trusted_schema off), and the tables we read must be real tables.
import Database from "better-sqlite3";

export type OpenedCollection = { ok: true; db: Database.Database } | { ok: false; message: string };

const REQUIRED_TABLES = ["col", "notes", "cards"];
const NEWER_TABLES = ["notetypes", "fields", "templates", "decks"];

/** Opens the collection; `newer` = the anki21b schema with notetypes/fields/templates/decks tables. */
export function openAnkiCollection(bytes: Uint8Array, newer: boolean): OpenedCollection {
  let db: Database.Database | undefined;
  try {
    db = new Database(withKnownCollations(Buffer.from(bytes)), { readonly: true });
    db.pragma("trusted_schema = OFF");
    const tables = new Set(db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    const missing = [...REQUIRED_TABLES, ...(newer ? NEWER_TABLES : [])].filter((name) => !tables.has(name));
    if (missing.length > 0) {
      db.close();
      return { ok: false, message: `is not an Anki collection (no ${missing.join(", ")} table)` };
    }
    return { ok: true, db };
  } catch (error) {
    db?.close();
    return { ok: false, message: `could not be read as an Anki collection (${(error as Error).message})` };
  }
}

/**
 * Anki declares its name columns `collate unicase`, a collation only Anki registers; SQLite then
 * refuses to plan queries on those tables and better-sqlite3 cannot register collations. A
 * throwaway in-memory copy gets `nocase` instead (we only scan, so index order does not matter).
 */
function withKnownCollations(bytes: Buffer): Buffer {
  if (!bytes.includes("unicase")) return bytes;
  const copy = new Database(bytes);
  try {
    copy.pragma("trusted_schema = OFF");
    copy.unsafeMode(true); // lifts SQLITE_DBCONFIG_DEFENSIVE, which forbids writable_schema
    copy.pragma("writable_schema = ON");
    const rows = copy.prepare("SELECT rowid, sql FROM sqlite_master WHERE sql IS NOT NULL").all() as {
      rowid: number;
      sql: string;
    }[];
    const update = copy.prepare("UPDATE sqlite_master SET sql = ? WHERE rowid = ?");
    for (const row of rows) {
      if (/collate\s+unicase/i.test(row.sql))
        update.run(row.sql.replace(/collate\s+unicase/gi, "collate nocase"), row.rowid);
    }
    copy.pragma("writable_schema = OFF");
    return copy.serialize();
  } finally {
    copy.close();
  }
}
