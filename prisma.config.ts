// Prisma CLI config (generate only: migrations run through scripts/migrate.ts with the WASM engine).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
