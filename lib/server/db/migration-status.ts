import fs from "node:fs";

export type MigrationStatus = { applied: number; pending: number; pendingNames: string[] };

type RawQueryClient = { $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): Promise<T> };

/** Compares the migration folders on disk with the rows Prisma's migration table records as finished. */
export async function readMigrationStatus(client: RawQueryClient, migrationsDir: string): Promise<MigrationStatus> {
  const onDisk = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  let appliedNames: string[] = [];
  try {
    const rows = await client.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    appliedNames = rows.map((row) => row.migration_name);
  } catch {
    appliedNames = []; // no migration table yet: nothing applied
  }
  const applied = new Set(appliedNames);
  const pendingNames = onDisk.filter((name) => !applied.has(name));
  return { applied: applied.size, pending: pendingNames.length, pendingNames };
}
