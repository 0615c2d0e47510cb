// Reads the running server's SQLite file (WAL allows a second reader) to prove what changed.
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

const IGNORED_TABLES = new Set(["_prisma_migrations", "SignInThrottle"]); // throttle counters are bookkeeping of every attempt

function digest(db: Database.Database, exceptOwnerId?: string): string {
  const tables = (
    db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[]
  )
    .map((t) => t.name)
    .filter((name) => !IGNORED_TABLES.has(name));
  const snapshot: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows = db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all() as Record<string, unknown>[];
    snapshot[table] = exceptOwnerId
      ? rows.filter((row) => !(table === "User" && row.id === exceptOwnerId) && row.userId !== exceptOwnerId)
      : rows;
  }
  const text = JSON.stringify(snapshot, (_key, value) => (typeof value === "bigint" ? value.toString() : value));
  // A digest plus row counts: short enough to read in a failed assertion.
  const counts = Object.entries(snapshot)
    .map(([table, rows]) => `${table}=${rows.length}`)
    .join(" ");
  return `${crypto.createHash("sha256").update(text).digest("hex").slice(0, 16)} ${counts}`;
}

function open<T>(dataDir: string, use: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Every table but bookkeeping, optionally without the rows of one user (their own account). */
export function snapshotDatabase(dataDir: string, exceptOwnerId?: string): string {
  return open(dataDir, (db) => digest(db, exceptOwnerId));
}

/**
 * Snapshots before and after `act`. The second read is skipped when no connection has committed
 * since the first (SQLite's data_version, read before it): then nothing can have changed.
 */
export async function snapshotsAround<T>(
  dataDir: string,
  exceptOwnerId: string | undefined,
  act: () => Promise<T>,
): Promise<{ result: T; before: string; after: string }> {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    const version = db.pragma("data_version", { simple: true });
    const before = digest(db, exceptOwnerId);
    const result = await act();
    const after = db.pragma("data_version", { simple: true }) === version ? before : digest(db, exceptOwnerId);
    return { result, before, after };
  } finally {
    db.close();
  }
}
