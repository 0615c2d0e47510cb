import "server-only";
import v8 from "node:v8";
import packageJson from "@/package.json";
import { db } from "../db";
import { readMigrationStatus } from "../db/migration-status";
import { migrationPathsFor } from "../db/migration-paths";
import { providerOf } from "../db/database-url";
import { getEnv } from "../env";
import { hotEndpointsServed } from "../hot/hot-endpoints";
import { rawNumber as toNumber } from "../db/raw-values";

export type Health = {
  status: "ok" | "degraded";
  version: string;
  database: SqliteSettings | PostgresSettings;
  migrations: { applied: number; pending: number };
  /** The serving process: a supervisor restart shows as a new pid and a small uptime; heap for monitoring. */
  server: {
    pid: number;
    uptimeSeconds: number;
    heapUsedBytes: number;
    heapLimitBytes: number;
    answeredBeforeNext: readonly string[];
  };
};

type SqliteSettings = {
  provider: "sqlite";
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeoutMs: number;
};
type PostgresSettings = { provider: "postgresql"; serverVersion: string; synchronousCommit: string; fsync: string };

function readServerProcess(): Health["server"] {
  const heap = v8.getHeapStatistics();
  return {
    pid: process.pid,
    uptimeSeconds: Math.round(process.uptime()),
    heapUsedBytes: heap.used_heap_size,
    heapLimitBytes: heap.heap_size_limit,
    answeredBeforeNext: hotEndpointsServed(),
  };
}

// SQLite-specific by nature (these are SQLite's own settings), kept beside the SQLite driver path.
async function readSqliteSettings(): Promise<SqliteSettings> {
  const [journal] = await db.$queryRaw<{ journal_mode: string }[]>`PRAGMA journal_mode`;
  const [sync] = await db.$queryRaw<{ synchronous: bigint }[]>`PRAGMA synchronous`;
  const [fk] = await db.$queryRaw<{ foreign_keys: bigint }[]>`PRAGMA foreign_keys`;
  const [busy] = await db.$queryRaw<{ timeout: bigint }[]>`PRAGMA busy_timeout`;
  return {
    provider: "sqlite",
    journalMode: String(journal?.journal_mode).toLowerCase(),
    synchronous: toNumber(sync?.synchronous),
    foreignKeys: toNumber(fk?.foreign_keys),
    busyTimeoutMs: toNumber(busy?.timeout),
  };
}

// The PostgreSQL settings that decide whether an acknowledged commit survives a crash.
async function readPostgresSettings(): Promise<PostgresSettings> {
  const [row] = await db.$queryRaw<{ version: string; sync: string; fsync: string }[]>`
    SELECT current_setting('server_version') AS version, current_setting('synchronous_commit') AS sync, current_setting('fsync') AS fsync`;
  return { provider: "postgresql", serverVersion: row.version, synchronousCommit: row.sync, fsync: row.fsync };
}

const isDurable = (d: Health["database"]) =>
  d.provider === "sqlite"
    ? d.journalMode === "wal" && d.synchronous === 2 && d.foreignKeys === 1
    : d.synchronousCommit !== "off" && d.fsync === "on";

/** Public: reports settings and counts only, nothing about users or content. */
export async function getHealth(): Promise<Health> {
  const provider = providerOf(getEnv().DATABASE_URL);
  const database = provider === "sqlite" ? await readSqliteSettings() : await readPostgresSettings();
  const { applied, pending } = await readMigrationStatus(db, migrationPathsFor(provider).migrationsDir);
  const healthy = isDurable(database) && pending === 0;
  return {
    status: healthy ? "ok" : "degraded",
    version: packageJson.version,
    database,
    migrations: { applied, pending },
    server: readServerProcess(),
  };
}
