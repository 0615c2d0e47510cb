import path from "node:path";

export type MigrationPaths = { schemaPath: string; migrationsDir: string };

export const DEFAULT_MIGRATION_PATHS: MigrationPaths = {
  schemaPath: path.join(process.cwd(), "prisma", "schema.prisma"),
  migrationsDir: path.join(process.cwd(), "prisma", "migrations"),
};
