// One data model on two databases must stay one: the PostgreSQL schema is the SQLite schema with
// another provider, each migrations folder builds exactly its schema, and the two migrated databases
// have the same tables, columns, nullability and unique indexes. Runs in the PostgreSQL pass
// (it needs both databases).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createMigration, applyMigrations } from "@/lib/server/db/migrations";
import { migrationPathsFor, type MigrationPaths } from "@/lib/server/db/migration-paths";
import { derivePostgresSchema } from "@/lib/server/db/derive-postgres-schema";
import type { DatabaseProvider } from "@/lib/server/db/database-url";
import { onPostgres } from "@/tests/setup/test-database";
import { createDatabase } from "@/scripts/lib/throwaway-postgres";

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-drift-"));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A copy of one provider's schema and migrations, so that a drift check never writes into prisma/. */
function copyOf(provider: DatabaseProvider): MigrationPaths {
  const real = migrationPathsFor(provider);
  const root = path.join(scratch, provider);
  fs.cpSync(path.dirname(real.schemaPath), root, { recursive: true });
  return { schemaPath: path.join(root, "schema.prisma"), migrationsDir: path.join(root, "migrations") };
}

const newPostgresDatabase = (name: string) => createDatabase(process.env.DATABASE_URL!, name);

type Column = string; // "Table.column nullable|required"

function sqliteShape(file: string): { columns: Column[]; uniques: string[] } {
  const db = new Database(file, { readonly: true });
  try {
    const tables = (
      db
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
        )
        .all() as { name: string }[]
    ).map((t) => t.name);
    const columns = tables.flatMap((table) =>
      (
        db.prepare(`SELECT name, "notnull" AS nn, pk FROM pragma_table_info(?)`).all(table) as {
          name: string;
          nn: number;
          pk: number;
        }[]
      ).map((c) => `${table}.${c.name} ${c.nn || c.pk ? "required" : "nullable"}`),
    );
    const uniques = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE UNIQUE%'`).all() as {
        name: string;
      }[]
    ).map((i) => i.name);
    return { columns: columns.sort(), uniques: uniques.sort() };
  } finally {
    db.close();
  }
}

async function postgresShape(url: string): Promise<{ columns: Column[]; uniques: string[] }> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const uniques = await client.query(
      `SELECT indexname FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE%' AND indexname NOT LIKE '%_pkey'`,
    );
    return {
      columns: columns.rows
        .map((r) => `${r.table_name}.${r.column_name} ${r.is_nullable === "YES" ? "nullable" : "required"}`)
        .sort(),
      uniques: uniques.rows.map((r) => r.indexname as string).sort(),
    };
  } finally {
    await client.end();
  }
}

describe.skipIf(!onPostgres)("the SQLite and PostgreSQL schemas", () => {
  it("prisma/postgresql/schema.prisma is the SQLite schema with the PostgreSQL provider (run `npm run db:migrate:create` after a schema change)", () => {
    const sqlite = fs.readFileSync(migrationPathsFor("sqlite").schemaPath, "utf8");
    expect(fs.readFileSync(migrationPathsFor("postgresql").schemaPath, "utf8")).toBe(derivePostgresSchema(sqlite));
  });

  it.each(["sqlite", "postgresql"] as const)(
    "the %s migrations build exactly its schema: nothing left to migrate",
    async (provider) => {
      const url =
        provider === "sqlite"
          ? `file:${path.join(scratch, "drift.db")}`
          : await newPostgresDatabase(`drift_${process.pid}`);
      expect(await createMigration(url, "drift_check", copyOf(provider))).toBeNull();
    },
    60_000,
  );

  it("both migrated databases have the same tables, columns, nullability and unique indexes", async () => {
    const sqliteFile = path.join(scratch, "shape.db");
    await applyMigrations(`file:${sqliteFile}`);
    const postgresUrl = await newPostgresDatabase(`shape_${process.pid}`);
    await applyMigrations(postgresUrl);
    const [sqlite, postgres] = [sqliteShape(sqliteFile), await postgresShape(postgresUrl)];
    expect(sqlite.columns.length).toBeGreaterThan(100);
    expect(postgres).toEqual(sqlite);
  }, 60_000);
});
