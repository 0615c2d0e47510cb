// Prisma CLI config (generate only: migrations run through scripts/migrate.ts with the WASM engine).
// Two schemas, one per database (prisma/sqlite is the source of truth); `npm install` generates both
// clients with --schema. This default serves a bare `prisma` command.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/sqlite/schema.prisma",
  migrations: { path: "prisma/sqlite/migrations" },
});
