// Proves that lib/server/db.ts makes the better-sqlite3 adapter bug (a query issued while another
// request's interactive transaction is open runs inside it) impossible: an acknowledged write is never swallowed by another request's rolled-back transaction,
// and no read ever sees rows of a transaction that later rolls back. On PostgreSQL (no queue: each
// transaction has a pooled connection of its own) the same workload must keep the same promises.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createDatabaseClient, type Database as Db } from "@/lib/server/db/create-database-client";
import { onPostgres } from "@/tests/setup/test-database";

const PLAIN_WRITES = 1000;
const FAILING_TRANSACTIONS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function runWorkload(client: Db, prefix: string) {
  const sawRolledBack: string[] = [];
  const transactions = Array.from({ length: FAILING_TRANSACTIONS }, (_, i) =>
    client
      .$transaction(async (tx) => {
        await tx.appSetting.create({ data: { key: `${prefix}tx-${i}`, value: "rolled back" } });
        await sleep(2); // hold the transaction open while other requests arrive
        throw new Error("business rule failed");
      })
      .catch(() => "rolled back"),
  );
  const acknowledged: string[] = [];
  const writes = Array.from({ length: PLAIN_WRITES }, async (_, i) => {
    await sleep(i % 50);
    const row = await client.appSetting.create({ data: { key: `${prefix}plain-${i}`, value: "kept" } });
    acknowledged.push(row.key);
  });
  const reads = Array.from({ length: 200 }, async (_, i) => {
    await sleep(i % 60);
    const seen = await client.appSetting.findMany({
      where: { key: { startsWith: `${prefix}tx-` } },
      select: { key: true },
    });
    sawRolledBack.push(...seen.map((r) => r.key));
  });
  await Promise.all([...transactions, ...writes, ...reads]);
  return { acknowledged, sawRolledBack };
}

/** Counted through a new connection of its own: what the database holds, not what a client remembers. */
async function rowsOnDisk(prefix: string) {
  const fresh = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const plain = await fresh.appSetting.count({ where: { key: { startsWith: `${prefix}plain-` } } });
    const tx = await fresh.appSetting.count({ where: { key: { startsWith: `${prefix}tx-` } } });
    return { plain, tx };
  } finally {
    await fresh.$disconnect();
  }
}

describe("database access is serialised", () => {
  const unprotected = createDatabaseClient(process.env.DATABASE_URL!, { serialise: false });
  afterAll(() => unprotected.$disconnect());

  it("keeps all 1,000 acknowledged writes while 100 concurrent transactions roll back, and no read sees their rows", async () => {
    const { acknowledged, sawRolledBack } = await runWorkload(db, "safe-");
    expect(acknowledged).toHaveLength(PLAIN_WRITES);
    expect(sawRolledBack).toEqual([]);
    expect(await rowsOnDisk("safe-")).toEqual({ plain: PLAIN_WRITES, tx: 0 });
  });

  // The control: the same workload on a client without the queue loses acknowledged writes or
  // exposes uncommitted rows. It shows the test above would catch a regression.
  it.skipIf(onPostgres)(
    "without the queue, the same workload loses acknowledged writes or reads uncommitted rows",
    async () => {
      const { acknowledged, sawRolledBack } = await runWorkload(unprotected, "raw-");
      const onDisk = await rowsOnDisk("raw-");
      const lost = acknowledged.length - onDisk.plain;
      console.info(
        `unserialised control: ${lost} of ${acknowledged.length} acknowledged writes lost, ${sawRolledBack.length} reads of rolled-back rows`,
      );
      expect(lost > 0 || sawRolledBack.length > 0).toBe(true);
    },
  );
});
