// Issue 8, must-show 2: 20 devices rate offline, then sync at once through a network that drops
// requests, drops answers after the server committed and duplicates requests. The database must
// hold every rating exactly once, in the order it was made.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startLossyProxy } from "./support/lossy-proxy";
import {
  expectAllSynced,
  expectEachReviewOnce,
  prepareDevices,
  syncUntilEmpty,
  type StoredLog,
  type StoredState,
} from "./support/outbox-devices";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");
const SEED = Number(process.env.OUTBOX_PROXY_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe("offline outbox through a lossy network", () => {
  let proxy: Awaited<ReturnType<typeof startLossyProxy>>;
  beforeAll(async () => (proxy = await startLossyProxy(baseURL, SEED)));
  afterAll(() => proxy?.close());

  it(
    "20 devices × 50 reviews: every review recorded exactly once, in order, nothing lost or double-counted",
    { timeout: 300_000 },
    async () => {
      console.log(`outbox-proxy seed=${SEED} (replay: OUTBOX_PROXY_SEED=${SEED})`);
      const devices = await prepareDevices(() => baseURL, SEED);
      const runs = (await Promise.all(devices.map((d) => syncUntilEmpty(d, proxy.url, baseURL, SEED)))).flat();
      console.log(`outbox-proxy proxy: ${JSON.stringify(proxy.counts)}`);
      console.log(`outbox-proxy devices: ${await expectAllSynced(devices, runs)}`);
      expect(proxy.counts.droppedRequests * proxy.counts.droppedResponses * proxy.counts.duplicated).toBeGreaterThan(0);

      const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
      try {
        const users = devices.map((d) => d.userId);
        const marks = users.map(() => "?").join(",");
        const logs = db
          .prepare(
            `SELECT id, "userId", "cardId", "undoneAt", json_extract("stateBefore", '$.reps') AS repsBefore FROM "ReviewLog" WHERE "userId" IN (${marks})`,
          )
          .all(...users) as StoredLog[];
        const states = db
          .prepare(`SELECT "userId", "cardId", reps FROM "CardState" WHERE "userId" IN (${marks})`)
          .all(...users) as StoredState[];
        expectEachReviewOnce(devices, logs, states);
      } finally {
        db.close();
      }
    },
  );
});
