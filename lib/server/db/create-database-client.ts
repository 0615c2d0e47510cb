// Builds the Prisma client every part of the app uses. Not `server-only` so that scripts and tests
// can build one too; the app imports the singleton from lib/server/db.ts.
import { PrismaClient } from "@/generated/prisma/client";
import { createSqliteAdapterFactory } from "./sqlite-adapter";
import { runExclusive } from "./run-exclusive";

function createBaseClient(url: string) {
  return new PrismaClient({ adapter: createSqliteAdapterFactory(url), omit: { user: { passwordHash: true } } });
}

function serialised(base: ReturnType<typeof createBaseClient>) {
  const extended = base.$extends({
    query: { $allOperations: ({ args, query }) => runExclusive(() => query(args)) },
  });
  // Interactive and batch transactions hold the queue for their whole life; their own statements
  // run inside that turn (see run-exclusive.ts).
  const transaction = ((arg: unknown, options?: unknown) =>
    runExclusive(() => (extended.$transaction as (a: unknown, o?: unknown) => Promise<unknown>)(arg, options))) as typeof extended.$transaction;
  return new Proxy(extended, {
    get: (target, property, receiver) => (property === "$transaction" ? transaction : Reflect.get(target, property, receiver)),
  });
}

export type Database = ReturnType<typeof serialised>;

/**
 * @param options.serialise false only in the test that proves why serialising is needed.
 */
export function createDatabaseClient(url: string, options: { serialise?: boolean } = {}): Database {
  const base = createBaseClient(url);
  return options.serialise === false ? (base as unknown as Database) : serialised(base);
}
