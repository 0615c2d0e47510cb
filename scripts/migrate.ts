// npm run db:migrate                 apply pending migrations to the app's database
// npm run db:migrate:create -- name  write prisma/migrations/<ts>_name after editing prisma/schema.prisma
// npm run db:migrate:status          applied and pending counts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getEnv } from "../lib/server/env";
import { applyMigrations, createMigration } from "../lib/server/db/migrations";
import { prepareDataDir } from "../lib/server/db/prepare-database";
import { readMigrationStatus } from "../lib/server/db/migration-status";
import { createDatabaseClient } from "../lib/server/db/create-database-client";

async function main() {
  const [command = "deploy", name] = process.argv.slice(2);
  const env = getEnv();
  if (command === "deploy") {
    prepareDataDir(env);
    const applied = await applyMigrations(env.DATABASE_URL);
    console.log(applied.length ? `Applied ${applied.length}: ${applied.join(", ")}` : "No pending migrations.");
  } else if (command === "create") {
    if (!name) throw new Error("usage: npm run db:migrate:create -- <name>");
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-migrate-"));
    try {
      const created = await createMigration(`file:${path.join(scratch, "scratch.db")}`, name);
      console.log(created ? `Created prisma/migrations/${created}/migration.sql` : "Schema unchanged: no migration created.");
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  } else if (command === "status") {
    const client = createDatabaseClient(env.DATABASE_URL);
    console.log(JSON.stringify(await readMigrationStatus(client)));
    await client.$disconnect();
  } else {
    throw new Error(`unknown command ${command} (deploy | create <name> | status)`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
