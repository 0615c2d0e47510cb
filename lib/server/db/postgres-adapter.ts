// The PostgreSQL driver path, the counterpart of sqlite-adapter.ts.
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapterFactory } from "@prisma/driver-adapter-utils";

/** Connections per instance; PostgreSQL's default max_connections (100) fits several instances. */
export const POOL_SIZE = 10;
/** How long a request may wait for a pooled connection before it fails (overload, not a slow query). */
export const POOL_WAIT_MS = 30_000;

export function createPostgresAdapterFactory(url: string): SqlDriverAdapterFactory {
  // Every session in UTC, so that date arithmetic in SQL matches SQLite's (which has no zones).
  return new PrismaPg({
    connectionString: url,
    max: POOL_SIZE,
    options: "-c TimeZone=UTC",
    connectionTimeoutMillis: POOL_WAIT_MS,
  });
}
