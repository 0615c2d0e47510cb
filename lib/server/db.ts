import "server-only";
// The single entry to the database for the app: one client per process, every operation queued
// (see db/run-exclusive.ts for why). Built on first use, not on import: the endpoints the custom
// server answers itself (lib/server/hot) import modules that import this one, run on SQLite without
// Prisma, and must not build a second client from their own copy of its code.
import { getEnv } from "./env";
import { createDatabaseClient, type Database } from "./db/create-database-client";

const globalForDb = globalThis as unknown as { kubedrillDb?: Database };

const client = (): Database => (globalForDb.kubedrillDb ??= createDatabaseClient(getEnv().DATABASE_URL));

export const db: Database = new Proxy({} as Database, {
  get: (_, property) => {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
