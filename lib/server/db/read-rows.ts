import "server-only";
// Reads on the path every learner walks many times a minute (the queue, a card's reveal), run as
// statements prepared once per connection on the review connection or pool (sqlite-connection.ts,
// postgres-connection.ts), not through Prisma: its adapter prepared every statement again and its
// client cost more CPU than the reads themselves (issue 16's profile of GET queue + reveal: ~28% of
// the server's CPU in Prisma, half of SQLite's own share in re-preparing). On SQLite these reads
// also stay out of the process's database queue: a read needs no write lock, and WAL gives each
// statement a committed snapshot, so nothing here can see a group's half-done transaction (those
// begin and end within one synchronous call).
import { getEnv } from "../env";
import { isPostgres } from "./is-postgres";
import { postgresPool, postgresRows } from "./postgres-connection";
import { sqliteConnection, sqliteValue } from "./sqlite-connection";
import type { Statement } from "./statement";

/** The rows of one read, as the driver hands them over (see raw-values.ts for the types). */
export async function readRows<T = Record<string, unknown>>(statement: Statement): Promise<T[]> {
  if (isPostgres()) return postgresRows<T>(postgresPool(getEnv().DATABASE_URL), statement);
  return sqliteConnection(getEnv().databaseFile!)
    .statement(statement.sql)
    .all(...statement.params.map(sqliteValue)) as T[];
}

/** `?, ?, ?` for a list of values (never empty: callers return early instead). */
export const placeholders = (count: number): string => Array.from({ length: count }, () => "?").join(", ");
