import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { getHealth } from "@/lib/server/health/get-health";
import packageJson from "@/package.json";
import { onPostgres } from "@/tests/setup/test-database";

/** Every migration folder of a provider is applied by the test database's setup. */
const migrationsOf = (provider: string) =>
  fs.readdirSync(`prisma/${provider}/migrations`, { withFileTypes: true }).filter((entry) => entry.isDirectory())
    .length;

describe("getHealth", () => {
  it.skipIf(onPostgres)(
    "SQLite: reports WAL, synchronous=FULL, foreign keys, the busy timeout and no pending migrations",
    async () => {
      const health = await getHealth();
      expect(health).toMatchObject({
        status: "ok",
        version: packageJson.version,
        database: { provider: "sqlite", journalMode: "wal", synchronous: 2, foreignKeys: 1, busyTimeoutMs: 5000 },
        migrations: { applied: migrationsOf("sqlite"), pending: 0 },
      });
    },
  );

  it.skipIf(!onPostgres)(
    "PostgreSQL: reports durable commits (fsync, synchronous_commit) and no pending migrations",
    async () => {
      const health = await getHealth();
      expect(health).toMatchObject({
        status: "ok",
        version: packageJson.version,
        database: { provider: "postgresql", fsync: "on", synchronousCommit: "on" },
        migrations: { applied: migrationsOf("postgresql"), pending: 0 },
      });
    },
  );
});
