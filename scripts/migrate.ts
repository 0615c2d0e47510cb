// npm run db:migrate                 apply pending migrations to the app's database
// npm run db:migrate:create -- name  after editing prisma/sqlite/schema.prisma: derive the PostgreSQL
//                                    schema, write prisma/{sqlite,postgresql}/migrations/<ts>_name
//                                    (the PostgreSQL one on a throwaway local cluster)
// npm run db:migrate:status          applied and pending counts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getEnv } from "../lib/server/env";
import { applyMigrations, createMigration } from "../lib/server/db/migrations";
import { prepareDataDir } from "../lib/server/db/prepare-database";
import { readMigrationStatus } from "../lib/server/db/migration-status";
import { createDatabaseClient } from "../lib/server/db/create-database-client";
import { migrationPathsFor } from "../lib/server/db/migration-paths";
import { providerOf } from "../lib/server/db/database-url";
import { derivePostgresSchema } from "../lib/server/db/derive-postgres-schema";
import { startThrowawayPostgres } from "./lib/throwaway-postgres";

function report(provider: string, created: string | null) {
  console.log(
    created
      ? `Created prisma/${provider}/migrations/${created}/migration.sql`
      : `${provider}: schema unchanged, no migration created.`,
  );
}

async function main() {
  const [command = "deploy", name] = process.argv.slice(2);
  const env = getEnv();
  if (command === "deploy") {
    prepareDataDir(env);
    const applied = await applyMigrations(env.DATABASE_URL);
    console.log(applied.length ? `Applied ${applied.length}: ${applied.join(", ")}` : "No pending migrations.");
  } else if (command === "create") {
    if (!name) throw new Error("usage: npm run db:migrate:create -- <name>");
    const sqlitePaths = migrationPathsFor("sqlite");
    const postgresPaths = migrationPathsFor("postgresql");
    fs.writeFileSync(postgresPaths.schemaPath, derivePostgresSchema(fs.readFileSync(sqlitePaths.schemaPath, "utf8")));
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-migrate-"));
    const postgres = await startThrowawayPostgres();
    try {
      report("sqlite", await createMigration(`file:${path.join(scratch, "scratch.db")}`, name, sqlitePaths));
      report("postgresql", await createMigration(postgres.url, name, postgresPaths));
    } finally {
      postgres.stop();
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  } else if (command === "status") {
    const client = createDatabaseClient(env.DATABASE_URL);
    console.log(
      JSON.stringify(await readMigrationStatus(client, migrationPathsFor(providerOf(env.DATABASE_URL)).migrationsDir)),
    );
    await client.$disconnect();
  } else {
    throw new Error(`unknown command ${command} (deploy | create <name> | status)`);
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
