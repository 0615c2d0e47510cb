// Which database a DATABASE_URL names. `file:` is the embedded SQLite file (the default);
// `postgres://` or `postgresql://` is a PostgreSQL server, for running several instances.
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export const SQLITE_URL = /^file:[^?]+$/;
export const POSTGRES_URL = /^postgres(ql)?:\/\/\S+$/;

export function providerOf(url: string): DatabaseProvider {
  if (SQLITE_URL.test(url)) return "sqlite";
  if (POSTGRES_URL.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must be file:<path> or postgresql://…, got ${JSON.stringify(url.slice(0, 40))}`);
}

/** The SQLite file's absolute path, or null for PostgreSQL. */
export function sqliteFileOf(url: string): string | null {
  return providerOf(url) === "sqlite" ? path.resolve(url.replace(/^file:/, "")) : null;
}

/** A URL safe to print: the password replaced. */
export function describeDatabaseUrl(url: string): string {
  const file = sqliteFileOf(url);
  if (file) return file;
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
