// One schema and one migrations folder per database (the layout Umami uses for its two databases).
// prisma/sqlite/schema.prisma is the source of truth; prisma/postgresql/schema.prisma is derived
// from it by `npm run db:migrate:create` and a test fails when the two drift.
import path from "node:path";
import type { DatabaseProvider } from "./database-url";

export type MigrationPaths = { schemaPath: string; migrationsDir: string };

export function migrationPathsFor(provider: DatabaseProvider, root = process.cwd()): MigrationPaths {
  return {
    schemaPath: path.join(root, "prisma", provider, "schema.prisma"),
    migrationsDir: path.join(root, "prisma", provider, "migrations"),
  };
}
