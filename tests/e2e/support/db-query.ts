// Reads the running e2e server's SQLite file directly (read-only), to check what a browser or curl did.
import path from "node:path";
import Database from "better-sqlite3";
import { inject } from "vitest";

export function query<T>(sql: string, ...args: unknown[]): T[] {
  const db = new Database(path.join(inject("dataDir"), "kubedrill.db"), { readonly: true });
  try {
    return db.prepare(sql).all(...args) as T[];
  } finally {
    db.close();
  }
}
