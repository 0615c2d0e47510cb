// The few places where one SQL text cannot serve both databases. Everything else in our raw SQL is
// written to run on both: double-quoted identifiers, ON CONFLICT, COALESCE, CASE, booleans as
// parameters, timestamps passed as Date parameters.
import { Prisma } from "@/generated/prisma/client";
import { isPostgres } from "./is-postgres";

export { isPostgres };

/**
 * A timestamp parameter where nothing tells the database its type (a VALUES list): PostgreSQL would
 * take it as text and refuse to compare it with a timestamp column. SQLite stores timestamps as
 * text in the same form Prisma sends, so there it stays as it is.
 */
export function timestampValue(value: Date): Prisma.Sql {
  return isPostgres() ? Prisma.sql`CAST(${value} AS TIMESTAMP(3))` : Prisma.sql`${value}`;
}
