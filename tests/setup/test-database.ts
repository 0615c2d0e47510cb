// Which database the integration tests run on: SQLite by default, PostgreSQL with
// TEST_DATABASE=postgresql (`npm test` runs the suite once on each). With TEST_POSTGRES_URL the
// tests use that server (a superuser URL); without it they start a throwaway cluster of their own.
import type { DatabaseProvider } from "@/lib/server/db/database-url";

export const testProvider: DatabaseProvider = process.env.TEST_DATABASE === "postgresql" ? "postgresql" : "sqlite";
export const onSqlite = testProvider === "sqlite";
export const onPostgres = testProvider === "postgresql";

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
    sqliteTemplate: string;
    postgresServerUrl: string;
    postgresTemplate: string;
  }
}
