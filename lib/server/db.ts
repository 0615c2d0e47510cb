import "server-only";
// The single entry to the database for the app: one client per process, every operation queued
// (see db/run-exclusive.ts for why).
import { getEnv } from "./env";
import { createDatabaseClient, type Database } from "./db/create-database-client";

const globalForDb = globalThis as unknown as { kubedrillDb?: Database };

export const db: Database = (globalForDb.kubedrillDb ??= createDatabaseClient(getEnv().DATABASE_URL));
