import { describe, expect, it } from "vitest";
import { getHealth } from "@/lib/server/health/get-health";
import packageJson from "@/package.json";
import { onPostgres } from "@/tests/setup/test-database";

describe("getHealth", () => {
  it.skipIf(onPostgres)("SQLite: reports WAL, synchronous=FULL, foreign keys, the busy timeout and no pending migrations", async () => {
    const health = await getHealth();
    expect(health).toMatchObject({
      status: "ok",
      version: packageJson.version,
      database: { provider: "sqlite", journalMode: "wal", synchronous: 2, foreignKeys: 1, busyTimeoutMs: 5000 },
      migrations: { pending: 0 },
    });
    expect(health.migrations.applied).toBeGreaterThanOrEqual(1);
  });

  it.skipIf(!onPostgres)("PostgreSQL: reports durable commits (fsync, synchronous_commit) and no pending migrations", async () => {
    const health = await getHealth();
    expect(health).toMatchObject({
      status: "ok",
      version: packageJson.version,
      database: { provider: "postgresql", fsync: "on", synchronousCommit: "on" },
      migrations: { applied: 1, pending: 0 },
    });
  });
});
