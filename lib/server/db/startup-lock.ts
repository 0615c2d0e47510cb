// Start-up work (migrations, the built-in decks) runs in one instance at a time: two instances
// started together on one data folder would otherwise both migrate and both create the built-in
// deck, and one would fail. The lock is an exclusive transaction on a small SQLite file of its own:
// the next instance waits on it, and the operating system releases it if the holder dies.
// (On PostgreSQL the same role falls to an advisory lock.)
import path from "node:path";
import Database from "better-sqlite3";

const WAIT_MS = 120_000;

export async function withStartupLock<T>(dataDir: string, work: () => Promise<T>): Promise<T> {
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
