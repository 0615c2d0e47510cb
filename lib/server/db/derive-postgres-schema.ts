// prisma/postgresql/schema.prisma is the SQLite schema with another provider and client folder:
// one data model, written once. `npm run db:migrate:create` writes it; a test fails if it drifts.
const HEADER =
  "// GENERATED from prisma/sqlite/schema.prisma by `npm run db:migrate:create`: edit that file, not this one.\n";

export function derivePostgresSchema(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/(datasource db \{\s*provider\s*=\s*)"sqlite"/, '$1"postgresql"')
    .replace(/(output\s*=\s*)"\.\.\/\.\.\/generated\/prisma"/, '$1"../../generated/prisma-postgresql"');
  if (!replaced.includes('"postgresql"') || !replaced.includes("prisma-postgresql")) {
    throw new Error(
      'prisma/sqlite/schema.prisma: expected `provider = "sqlite"` and `output = "../../generated/prisma"`',
    );
  }
  return HEADER + replaced;
}
