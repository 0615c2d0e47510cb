import "server-only";
import v8 from "node:v8";
import packageJson from "@/package.json";
import { db } from "../db";
import { readMigrationStatus } from "../db/migration-status";
import { rawNumber as toNumber } from "../db/raw-values";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  database: { journalMode: string; synchronous: number; foreignKeys: number; busyTimeoutMs: number };
  migrations: { applied: number; pending: number };
  /** The serving process: a supervisor restart shows as a new pid and a small uptime; heap for monitoring. */
  server: { pid: number; uptimeSeconds: number; heapUsedBytes: number; heapLimitBytes: number };
};

function readServerProcess(): Health["server"] {
  const heap = v8.getHeapStatistics();
  return { pid: process.pid, uptimeSeconds: Math.round(process.uptime()), heapUsedBytes: heap.used_heap_size, heapLimitBytes: heap.heap_size_limit };
}


// SQLite-specific by nature (these are SQLite's own settings), kept beside the SQLite driver path.
async function readSqliteSettings(): Promise<Health["database"]> {
  const [journal] = await db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
  const [sync] = await db.$queryRaw<{ synchronous: bigint }[]>`PRAGMA synchronous`;
  const [fk] = await db.$queryRaw<{ foreign_keys: bigint }[]>`PRAGMA foreign_keys`;
  const [busy] = await db.$queryRaw<{ timeout: bigint }[]>`PRAGMA busy_timeout`;
  return {
    journalMode: String(journal?.journal_mode).toLowerCase(),
    synchronous: toNumber(sync?.synchronous),
    foreignKeys: toNumber(fk?.foreign_keys),
    busyTimeoutMs: toNumber(busy?.timeout),
  };
}

/** Public: reports settings and counts only, nothing about users or content. */
export async function getHealth(): Promise<Health> {
  const database = await readSqliteSettings();
  const { applied, pending } = await readMigrationStatus(db);
  const healthy = database.journalMode === "wal" && database.synchronous === 2 && database.foreignKeys === 1 && pending === 0;
  return { status: healthy ? "ok" : "degraded", version: packageJson.version, database, migrations: { applied, pending }, server: readServerProcess() };
}
