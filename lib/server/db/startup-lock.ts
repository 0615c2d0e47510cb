// Start-up work (migrations, the built-in decks) runs in one instance at a time: two instances
// started together would otherwise both migrate and both create the built-in deck, and one would
// fail. The next instance waits for the lock; if the holder dies, the lock goes with it.
//   SQLite: an exclusive transaction on a small SQLite file of its own beside the data.
//   PostgreSQL: a session advisory lock, held on a connection of its own for the duration.
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { providerOf } from "./database-url";

const WAIT_MS = 120_000;
/** A fixed 64-bit key, the same in every instance (the bytes of "KubeDril"). */
const ADVISORY_KEY = "5437360312199309676";

async function withSqliteLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
  const lock = new Database(path.join(path.resolve(dataDir), "startup.lock"), { timeout: WAIT_MS });
  try {
    lock.exec("BEGIN EXCLUSIVE");
    try {
      return await work();
    } finally {
      lock.exec("COMMIT");
    }
  } finally {
    lock.close();
  }
}

async function withAdvisoryLock<T>(url: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, statement_timeout: WAIT_MS, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1::bigint)", [ADVISORY_KEY]);
    try {
      return await work();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1::bigint)", [ADVISORY_KEY]);
    }
  } finally {
    await client.end();
  }
}

export function withStartupLock<T>(databaseUrl: string, dataDir: string, work: () => Promise<T>): Promise<T> {
  return providerOf(databaseUrl) === "sqlite" ? withSqliteLock(dataDir, work) : withAdvisoryLock(databaseUrl, work);
}
