// Issue 15, must-show 3: two app instances on two ports share one PostgreSQL database. The
// flaky-network outbox test's 20 devices are split across them: each signs up on one instance and
// syncs through a lossy proxy to the other (so a session made by one is honoured by the other),
// and the database must hold all 1,000 ratings exactly once, in order. Then a learner in Chromium
// rates cards on one instance and finds them done on the other.
import pg from "pg";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../bench/review/app-server";
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";
import { launchBrowser, PHONE, screenshot } from "./support/browser";
import { signIn, signUp, uniqueEmail } from "./support/accounts";
import { startLossyProxy } from "./support/lossy-proxy";
import {
  expectAllSynced,
  expectEachReviewOnce,
  prepareDevices,
  syncUntilEmpty,
  type StoredLog,
  type StoredState,
} from "./support/outbox-devices";
import { currentCardId, revealByTapping } from "./support/review-page";

const SEED = Number(process.env.OUTBOX_PROXY_SEED ?? Math.floor(Math.random() * 2 ** 31));
let postgres: ThrowawayPostgres | undefined;
let databaseUrl = "";
let instances: AppServer[] = [];
let browser: Browser | undefined;

beforeAll(async () => {
  postgres = await startThrowawayPostgres();
  databaseUrl = await createDatabase(postgres.url, "two_instances");
  // Started together: the advisory lock lets one migrate and load the decks while the other waits.
  // No NEXTAUTH_SECRET: the first generates one and keeps it in the database for both.
  instances = await Promise.all([0, 1].map(() => startAppServer(process.cwd(), { DATABASE_URL: databaseUrl })));
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(instances.map((instance) => instance.stop()));
  postgres?.stop();
});

async function query<T>(sql: string, values: unknown[]): Promise<T[]> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

describe("two instances, one PostgreSQL database", () => {
  it(
    "20 devices split across both, each syncing through a lossy network to the other instance: 1,000 reviews, each exactly once, in order",
    { timeout: 300_000 },
    async () => {
      console.log(`two-instances seed=${SEED} (replay: OUTBOX_PROXY_SEED=${SEED})`);
      const proxies = await Promise.all(instances.map((instance, i) => startLossyProxy(instance.baseURL, SEED + i)));
      try {
        const devices = await prepareDevices((index) => instances[index % 2].baseURL, SEED);
        const other = (index: number) => (index + 1) % 2;
        const runs = (
          await Promise.all(
            devices.map((d) => syncUntilEmpty(d, proxies[other(d.index)].url, instances[other(d.index)].baseURL, SEED)),
          )
        ).flat();
        console.log(`two-instances proxies: ${JSON.stringify(proxies.map((p) => p.counts))}`);
        console.log(`two-instances devices: ${await expectAllSynced(devices, runs)}`);
        for (const proxy of proxies)
          expect(
            proxy.counts.droppedRequests * proxy.counts.droppedResponses * proxy.counts.duplicated,
          ).toBeGreaterThan(0);

        const users = devices.map((d) => d.userId);
        const logs = await query<StoredLog>(
          `SELECT id, "userId", "cardId", "undoneAt", ("stateBefore"->>'reps')::int AS "repsBefore" FROM "ReviewLog" WHERE "userId" = ANY($1)`,
          [users],
        );
        const states = await query<StoredState>(
          `SELECT "userId", "cardId", reps FROM "CardState" WHERE "userId" = ANY($1)`,
          [users],
        );
        console.log(
          `two-instances database: ${logs.length} ReviewLog rows, ${new Set(logs.map((l) => l.id)).size} distinct ids, ${states.length} card states`,
        );
        expectEachReviewOnce(devices, logs, states);
      } finally {
        await Promise.all(proxies.map((proxy) => proxy.close()));
      }
    },
  );

  it("in Chromium: cards rated on one instance are done on the other, and the other way round", async () => {
    const [a, b] = instances;
    const email = uniqueEmail("two-instances");
    const onA = await browser!.newContext({ ...PHONE, baseURL: a.baseURL });
    const onB = await browser!.newContext({ ...PHONE, baseURL: b.baseURL });
    try {
      const pageA = await onA.newPage();
      await signUp(pageA, email);
      await rateCards(pageA, 3);
      const pageB = await onB.newPage();
      await signIn(pageB, email);
      await pageB.goto("/review/kubernetes-workloads");
      await expect.poll(() => pageB.getByTestId("counts").textContent()).toContain("新規 17");
      await rateCards(pageB, 1);
      await screenshot(pageB, "two-instances-b-phone");
      await pageA.goto("/review/kubernetes-workloads");
      await expect.poll(() => pageA.getByTestId("counts").textContent()).toContain("新規 16");
      const [{ n }] = await query<{ n: number }>(
        `SELECT count(*)::int AS n FROM "ReviewLog" l JOIN "User" u ON u.id = l."userId" WHERE u.email = $1`,
        [email],
      );
      expect(n).toBe(4);
    } finally {
      await onA.close();
      await onB.close();
    }
  }, 120_000);
});

/** Rates `count` new cards Good on the review page, one tap each, waiting for each next card. */
async function rateCards(page: Page, count: number): Promise<void> {
  await page.goto("/review/kubernetes-workloads");
  for (let i = 0; i < count; i++) {
    const before = await currentCardId(page);
    await revealByTapping(page);
    await page.locator('[data-rating="3"]').tap();
    await expect.poll(() => currentCardId(page).catch(() => "done")).not.toBe(before);
  }
}
