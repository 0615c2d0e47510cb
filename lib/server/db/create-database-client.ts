// Builds the Prisma client every part of the app uses. Not `server-only` so that scripts and tests
// can build one too; the app imports the singleton from lib/server/db.ts.
//
// Two databases, one data model: the SQLite client (generated/prisma) is the type everything is
// written against; the PostgreSQL client (generated/prisma-postgresql) is generated from the same
// models (prisma/postgresql/schema.prisma is derived from prisma/sqlite/schema.prisma), so it has
// the same shape and stands in for it.
import { PrismaClient } from "@/generated/prisma/client";
import { PrismaClient as PostgresPrismaClient } from "@/generated/prisma-postgresql/client";
import { createPostgresAdapterFactory, POOL_WAIT_MS } from "./postgres-adapter";
import { createSqliteAdapterFactory } from "./sqlite-adapter";
import { providerOf } from "./database-url";
import { runExclusive } from "./run-exclusive";

const OMIT = { user: { passwordHash: true } } as const;

function createBaseClient(url: string) {
  return new PrismaClient({ adapter: createSqliteAdapterFactory(url), omit: OMIT });
}

function serialised(base: ReturnType<typeof createBaseClient>) {
  const extended = base.$extends({
    query: { $allOperations: ({ args, query }) => runExclusive(() => query(args)) },
  });
  // Interactive and batch transactions hold the queue for their whole life; their own statements
  // run inside that turn (see run-exclusive.ts).
  const transaction = ((arg: unknown, options?: unknown) =>
    runExclusive(() =>
      (extended.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options),
    )) as typeof extended.$transaction;
  return new Proxy(extended, {
    get: (target, property, receiver) =>
      property === "$transaction" ? transaction : Reflect.get(target, property, receiver),
  });
}

export type Database = ReturnType<typeof serialised>;

/**
 * SQLite: every operation goes through one in-process queue (the adapter shares one connection;
 * see run-exclusive.ts). PostgreSQL: a pool, each transaction on its own connection, no queue —
 * correctness rests on the SQL (compare-and-set, unique keys), as it does on SQLite too.
 * @param options.serialise false only in the test that proves why serialising is needed.
 */
export function createDatabaseClient(url: string, options: { serialise?: boolean } = {}): Database {
  if (providerOf(url) === "postgresql") {
    // A burst of requests waits for a pooled connection rather than failing after Prisma's default
    // 2 s (600 reviews arriving at once on one instance need longer than that to get their turn).
    const transactionOptions = { maxWait: POOL_WAIT_MS, timeout: 15_000 };
    return new PostgresPrismaClient({
      adapter: createPostgresAdapterFactory(url),
      omit: OMIT,
      transactionOptions,
    }) as unknown as Database;
  }
  const base = createBaseClient(url);
  return options.serialise === false ? (base as unknown as Database) : serialised(base);
}
