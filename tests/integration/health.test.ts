import { describe, expect, it } from "vitest";
import { getHealth } from "@/lib/server/health/get-health";
import packageJson from "@/package.json";

describe("getHealth", () => {
  it("reports WAL, synchronous=FULL, foreign keys, the busy timeout and no pending migrations", async () => {
    const health = await getHealth();
    expect(health).toMatchObject({
      status: "ok",
      version: packageJson.version,
      database: { journalMode: "wal", synchronous: 2, foreignKeys: 1, busyTimeoutMs: 5000 },
      migrations: { pending: 0 },
    });
    expect(health.migrations.applied).toBeGreaterThanOrEqual(1);
  });
});
