// The SQLite driver path: the only place that knows the database is SQLite. Everything else talks
// to Prisma models or parameterised tagged queries, so a PostgreSQL adapter can replace this file.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

export const BUSY_TIMEOUT_MS = 5000;

/** The settings every connection must have; checked after they are set, never assumed. */
export const REQUIRED_PRAGMAS = {
  journal_mode: "wal",
  synchronous: 2, // FULL: a commit is on disk before it is acknowledged
  foreign_keys: 1,
  busy_timeout: BUSY_TIMEOUT_MS,
} as const;

export type PragmaReport = { journal_mode: string; synchronous: number; foreign_keys: number; busy_timeout: number };

export class DatabaseSetupError extends Error {}

async function readPragma(adapter: SqlDriverAdapter, name: keyof PragmaReport): Promise<string | number> {
  const result = await adapter.queryRaw({ sql: `PRAGMA ${name}`, args: [], argTypes: [] });
  const value = result.rows[0]?.[0];
  return typeof value === "bigint" ? Number(value) : (value as string | number);
}

/** Reads back the connection's settings. */
export async function readPragmas(adapter: SqlDriverAdapter): Promise<PragmaReport> {
  return {
    journal_mode: String(await readPragma(adapter, "journal_mode")).toLowerCase(),
    synchronous: Number(await readPragma(adapter, "synchronous")),
    foreign_keys: Number(await readPragma(adapter, "foreign_keys")),
    busy_timeout: Number(await readPragma(adapter, "busy_timeout")),
  };
}

/** Sets WAL, synchronous=FULL, foreign keys and a busy timeout, then refuses a connection on which any did not take. */
export async function configureConnection(adapter: SqlDriverAdapter, file: string): Promise<PragmaReport> {
  try {
    await adapter.executeScript(
      `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;`,
    );
  } catch (error) {
    throw new DatabaseSetupError(describeOpenError(file, error), { cause: error });
  }
  const report = await readPragmas(adapter);
  assertRequiredPragmas(file, report);
  return report;
}

/** Refuses a connection on which any of REQUIRED_PRAGMAS did not take (every connection to the file). */
export function assertRequiredPragmas(file: string, report: PragmaReport): void {
  for (const [name, wanted] of Object.entries(REQUIRED_PRAGMAS)) {
    const actual = report[name as keyof PragmaReport];
    if (actual !== wanted) {
      throw new DatabaseSetupError(`${file}: PRAGMA ${name} is ${actual}, expected ${wanted}; refusing to start`);
    }
  }
}

/** One line a person can act on, whatever better-sqlite3 threw. */
export function describeOpenError(file: string, error: unknown): string {
  const text = `${(error as Error)?.message ?? ""} ${((error as Error)?.cause as Error)?.message ?? ""} ${JSON.stringify(error)}`;
  if (/not a database|file is encrypted/i.test(text))
    return `${file} is not an SQLite database; move it away or set DATABASE_URL`;
  if (/SQLITE_BUSY|database is locked|SocketTimeout/i.test(text))
    return `${file} is locked by another process (is KubeDrill already running?)`;
  if (/readonly|read-only|SQLITE_READONLY|unable to open|SQLITE_CANTOPEN|EACCES|permission/i.test(text)) {
    return `${file} cannot be opened for writing (read-only file or folder?); fix its permissions or set DATABASE_URL`;
  }
  return `${file}: cannot open the database: ${(error as Error)?.message ?? String(error)}`;
}

/** A driver-adapter factory whose connections are configured and checked before first use. */
export function createSqliteAdapterFactory(url: string): SqlDriverAdapterFactory {
  const inner = new PrismaBetterSqlite3({ url, timeout: BUSY_TIMEOUT_MS });
  const file = url.replace(/^file:/, "");
  const open = async (connect: () => Promise<SqlDriverAdapter>) => {
    let adapter: SqlDriverAdapter;
    try {
      adapter = await connect();
    } catch (error) {
      throw new DatabaseSetupError(describeOpenError(file, error), { cause: error });
    }
    await configureConnection(adapter, file);
    return adapter;
  };
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: () => open(() => inner.connect()),
  };
}
