// Issue 8, must-show 2: 20 devices rate offline, then sync at once through a network that drops
// requests, drops answers after the server committed and duplicates requests. The database must
// hold every rating exactly once, in the order it was made.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createMemoryOutboxStore } from "@/lib/client/outbox/memory-outbox-store";
import { enqueueReview } from "@/lib/client/outbox/enqueue-review";
import { fetchSend } from "@/lib/client/outbox/fetch-send";
import type { OutboxReview, OutboxStore } from "@/lib/client/outbox/outbox-store";
import { syncOutbox, type SyncSummary } from "@/lib/client/outbox/sync-outbox";
import { uniqueEmail } from "./support/accounts";
import { createAccount, whoAmI } from "./support/http-accounts";
import type { HttpSession } from "./support/http-session";
import { DEVICE_HEADER, startLossyProxy } from "./support/lossy-proxy";
import { seededRandom } from "./support/seeded-random";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");
const DEVICES = 20;
const CARDS_PER_DEVICE = 10;
const REVIEWS_PER_CARD = 5; // 10 cards × 5 ratings = 50 reviews per device, each card's in order
const SEED = Number(process.env.OUTBOX_PROXY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const PASSWORD = "outbox-proxy-password-1";

type Device = { index: number; userId: string; session: HttpSession; store: OutboxStore; reviews: OutboxReview[] };
type QueueView = { cards: { cardId: string; expectedReps: number }[] };

async function readQueue(session: HttpSession, exclude: string[]): Promise<QueueView["cards"]> {
  const response = await session.fetch(`/api/v1/decks/kubernetes-workloads/queue?${new URLSearchParams({ limit: "5", exclude: exclude.join(",") })}`);
  expect(response.status).toBe(200);
  return ((await response.json()) as QueueView).cards;
}

/** Signs a learner up, takes 10 cards from the queue and rates each 5 times while offline. */
async function prepareDevice(index: number): Promise<Device> {
  const session = await createAccount(baseURL, uniqueEmail(`outbox-${index}`), PASSWORD, `198.18.8.${index + 1}`);
  const userId = (await whoAmI(session))!.id;
  const cards = await readQueue(session, []);
  cards.push(...(await readQueue(session, cards.map((c) => c.cardId))));
  expect(new Set(cards.map((c) => c.cardId)).size).toBe(CARDS_PER_DEVICE);
  expect(cards.every((c) => c.expectedReps === 0)).toBe(true);
  const random = seededRandom(SEED + index);
  const store = createMemoryOutboxStore(`device-${index}`);
  const reviews: OutboxReview[] = [];
  const start = Date.now() - 3_600_000;
  for (let round = 0; round < REVIEWS_PER_CARD; round++) {
    for (const card of cards) {
      const review: OutboxReview = {
        reviewId: crypto.randomUUID(), cardId: card.cardId, rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
        expectedReps: card.expectedReps + round, reviewedAt: new Date(start + reviews.length * 10_000).toISOString(), durationMs: Math.floor(random() * 20_000),
      };
      await enqueueReview(store, review);
      reviews.push(review);
    }
  }
  return { index, userId, session, store, reviews };
}

/** Syncs until the outbox is empty, as the app does when the network comes back (bounded). */
async function syncUntilEmpty(device: Device, proxyURL: string): Promise<SyncSummary[]> {
  const headers = { cookie: device.session.cookieHeader(), origin: baseURL, [DEVICE_HEADER]: String(device.index) };
  const send = fetchSend(proxyURL, { headers, timeoutMs: 20_000 });
  const runs: SyncSummary[] = [];
  for (let run = 0; run < 5 && (await device.store.count()) > 0; run++) {
    runs.push(await syncOutbox(device.store, send, { batchSize: 10, maxAttempts: 30, baseDelayMs: 25, maxDelayMs: 800, random: seededRandom(SEED * 31 + device.index), locks: null }));
  }
  return runs;
}

describe("offline outbox through a lossy network", () => {
  let proxy: Awaited<ReturnType<typeof startLossyProxy>>;
  beforeAll(async () => (proxy = await startLossyProxy(baseURL, SEED)));
  afterAll(() => proxy?.close());

  it("20 devices × 50 reviews: every review recorded exactly once, in order, nothing lost or double-counted", { timeout: 300_000 }, async () => {
    console.log(`outbox-proxy seed=${SEED} (replay: OUTBOX_PROXY_SEED=${SEED})`);
    const devices: Device[] = [];
    for (let i = 0; i < DEVICES; i += 5) devices.push(...(await Promise.all([0, 1, 2, 3, 4].map((k) => prepareDevice(i + k)))));
    const runs = (await Promise.all(devices.map((d) => syncUntilEmpty(d, proxy.url)))).flat();

    const total = (key: "requests" | "failures" | "recorded" | "duplicate" | "conflicts") => runs.reduce((sum, r) => sum + r[key], 0);
    console.log(`outbox-proxy proxy: ${JSON.stringify(proxy.counts)}`);
    console.log(`outbox-proxy devices: syncRuns=${runs.length} requests=${total("requests")} failedRequests=${total("failures")} recorded=${total("recorded")} duplicate=${total("duplicate")} conflicts=${total("conflicts")}`);
    for (const d of devices) {
      expect(await d.store.count()).toBe(0);
      expect(await d.store.listConflicts()).toEqual([]);
    }
    expect(runs.every((r) => r.stopped === "empty" || r.stopped === "gave-up")).toBe(true);
    expect(proxy.counts.droppedRequests * proxy.counts.droppedResponses * proxy.counts.duplicated).toBeGreaterThan(0);

    const sent = new Map(devices.flatMap((d) => d.reviews.map((r) => [r.reviewId, { ...r, userId: d.userId }] as const)));
    const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
    try {
      const users = devices.map((d) => d.userId);
      const marks = users.map(() => "?").join(",");
      const logs = db.prepare(`SELECT id, "userId", "cardId", "undoneAt", json_extract("stateBefore", '$.reps') AS repsBefore FROM "ReviewLog" WHERE "userId" IN (${marks})`).all(...users) as { id: string; userId: string; cardId: string; undoneAt: string | null; repsBefore: number }[];
      expect(logs).toHaveLength(DEVICES * CARDS_PER_DEVICE * REVIEWS_PER_CARD);
      expect(new Set(logs.map((l) => l.id))).toEqual(new Set(sent.keys())); // 1,000 distinct ids, the clients' own: none lost, none extra
      for (const log of logs) {
        const review = sent.get(log.id)!;
        // Recorded by the right learner, on the right card, against the state the learner saw: nothing reordered.
        expect([log.userId, log.cardId, log.repsBefore, log.undoneAt]).toEqual([review.userId, review.cardId, review.expectedReps, null]);
      }
      const states = db.prepare(`SELECT "userId", "cardId", reps FROM "CardState" WHERE "userId" IN (${marks})`).all(...users) as { userId: string; cardId: string; reps: number }[];
      expect(states).toHaveLength(DEVICES * CARDS_PER_DEVICE);
      const logsPerCard = new Map<string, number>();
      for (const log of logs) logsPerCard.set(`${log.userId}/${log.cardId}`, (logsPerCard.get(`${log.userId}/${log.cardId}`) ?? 0) + 1);
      for (const state of states) expect([state.reps, logsPerCard.get(`${state.userId}/${state.cardId}`)]).toEqual([REVIEWS_PER_CARD, REVIEWS_PER_CARD]);
    } finally {
      db.close();
    }
  });
});
