// The SQLite file's second connection, for the statements that run on every review: prepared once
// and kept for the life of the connection, called synchronously through better-sqlite3. Prisma's
// adapter prepares each statement again on every call, which was ~40% of a review's server CPU.
// Prisma keeps its own connection for everything else.
//
// Rules that keep the two connections from hurting each other:
// - Writes here run only inside a turn of the process's database queue (run-exclusive.ts), so a
//   Prisma transaction is never half-done when this connection asks for the write lock (its busy
//   wait is synchronous and would block the very event loop that transaction needs to finish).
// - Nothing here awaits while a transaction is open: each transaction begins and ends in one call.
// One connection per process (kept on globalThis, like the Prisma client: see run-exclusive.ts).
import Database from "better-sqlite3";
import { assertRequiredPragmas, BUSY_TIMEOUT_MS, DatabaseSetupError, describeOpenError } from "./sqlite-adapter";
import type { SqlValue, Statement } from "./statement";

export type SqliteConnection = {
  /** The prepared statement for `sql`, prepared on first use and kept. */
  statement(sql: string): Database.Statement;
  /** Runs SQL without a result (transaction control, savepoints). */
  exec(sql: string): void;
  close(): void;
};

/** How SQLite keeps what Prisma writes: timestamps as ISO text with an offset, booleans as 0/1. */
export function sqliteValue(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace("Z", "+00:00");
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}

/** The first row of a read on `connection`, if any. */
export function readRow<T>(connection: SqliteConnection, statement: Statement): T | undefined {
  return connection.statement(statement.sql).get(...statement.params.map(sqliteValue)) as T | undefined;
}

/** How many rows a write on `connection` changed. */
export function changedRows(connection: SqliteConnection, statement: Statement): number {
  return connection.statement(statement.sql).run(...statement.params.map(sqliteValue)).changes;
}

const shared = globalThis as unknown as { kubedrillSqlite?: Map<string, SqliteConnection> };
const connections = (shared.kubedrillSqlite ??= new Map());

/** This process's connection to `file`, opened, configured and checked on first use. */
export function sqliteConnection(file: string): SqliteConnection {
  let connection = connections.get(file);
  if (!connection) {
    connection = openSqliteConnection(file);
    connections.set(file, connection);
  }
  return connection;
}

/** Closes and forgets the connections (tests that delete their database file). */
export function closeSqliteConnections(): void {
  for (const connection of connections.values()) connection.close();
  connections.clear();
}

function openSqliteConnection(file: string): SqliteConnection {
  let database: Database.Database;
  try {
    database = new Database(file, { fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = FULL");
    database.pragma("foreign_keys = ON");
  } catch (error) {
    throw new DatabaseSetupError(describeOpenError(file, error), { cause: error });
  }
  const read = (name: string) => database.pragma(name, { simple: true });
  assertRequiredPragmas(file, {
    journal_mode: String(read("journal_mode")).toLowerCase(),
    synchronous: Number(read("synchronous")),
    foreign_keys: Number(read("foreign_keys")),
    busy_timeout: Number(read("busy_timeout")),
  });
  const prepared = new Map<string, Database.Statement>();
  return {
    statement(sql) {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = database.prepare(sql);
        prepared.set(sql, statement);
      }
      return statement;
    },
    exec: (sql) => void database.exec(sql),
    close: () => database.close(),
  };
}
