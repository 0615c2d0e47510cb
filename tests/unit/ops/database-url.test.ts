import { describe, expect, it } from "vitest";
import { describeDatabaseUrl, providerOf, sqliteFileOf } from "@/lib/server/db/database-url";
import { parseEnv } from "@/lib/server/env";
import { derivePostgresSchema } from "@/lib/server/db/derive-postgres-schema";

describe("DATABASE_URL", () => {
  it("file: is the embedded SQLite file, postgres:// and postgresql:// are PostgreSQL", () => {
    expect(providerOf("file:./data/kubedrill.db")).toBe("sqlite");
    expect(providerOf("postgresql://kubedrill:pw@db:5432/kubedrill")).toBe("postgresql");
    expect(providerOf("postgres://db/kubedrill?sslmode=require")).toBe("postgresql");
    expect(() => providerOf("mysql://db/kubedrill")).toThrow(/file:<path> or postgresql/);
    expect(sqliteFileOf("postgresql://db/kubedrill")).toBeNull();
    expect(sqliteFileOf("file:/tmp/a.db")).toBe("/tmp/a.db");
  });

  it("is printed without its password", () => {
    const shown = describeDatabaseUrl("postgresql://kubedrill:s3cret@db.internal:5432/kubedrill");
    expect(shown).not.toContain("s3cret");
    expect(shown).toContain("db.internal:5432/kubedrill");
  });

  it("the settings accept both kinds and give a data file only for SQLite", () => {
    expect(parseEnv({ DATABASE_URL: "postgresql://db/kubedrill" }).databaseFile).toBeNull();
    expect(parseEnv({}).databaseFile).toMatch(/data\/kubedrill\.db$/);
    expect(() => parseEnv({ DATABASE_URL: "file:a.db?mode=ro" })).toThrow(/DATABASE_URL=.*must be file:/);
  });
});

describe("derivePostgresSchema", () => {
  it("changes only the provider and the client folder, and says where the source is", () => {
    const sqlite =
      'generator client {\n  provider = "prisma-client"\n  output   = "../../generated/prisma"\n}\n\ndatasource db {\n  provider = "sqlite"\n}\n\nmodel A {\n  id String @id\n}\n';
    const derived = derivePostgresSchema(sqlite);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).toContain('output   = "../../generated/prisma-postgresql"');
    expect(derived).toContain("model A {\n  id String @id\n}");
    expect(derived.split("\n")[0]).toMatch(/GENERATED from prisma\/sqlite\/schema\.prisma/);
  });

  it("refuses a source schema it does not recognise rather than writing a wrong one", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "mysql"\n}\n')).toThrow(/expected/);
  });
});
