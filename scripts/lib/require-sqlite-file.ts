import type { AppEnv } from "../../lib/server/env";

/** db:backup and db:restore handle the SQLite file; PostgreSQL has its own tools for this. */
export function requireSqliteFile(env: AppEnv, postgresTool: "pg_dump" | "pg_restore"): string {
  if (env.databaseFile) return env.databaseFile;
  console.error(
    `DATABASE_URL names PostgreSQL: use ${postgresTool} (see the README, "Running for a school or a team")`,
  );
  process.exit(2);
}
