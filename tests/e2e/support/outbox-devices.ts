// Simulated phones for the flaky-network tests: each signs a learner up, takes 10 cards from the
// queue, rates each 5 times while offline into the real outbox code (an in-memory store), then
// syncs through a lossy proxy. Shared by the one-instance test (outbox-proxy) and the two-instance
// PostgreSQL test (two-instances-postgres).
import { expect } from "vitest";
import { createMemoryOutboxStore } from "@/lib/client/outbox/memory-outbox-store";
import { enqueueReview } from "@/lib/client/outbox/enqueue-review";
import { fetchSend } from "@/lib/client/outbox/fetch-send";
import type { OutboxReview, OutboxStore } from "@/lib/client/outbox/outbox-store";
import { syncOutbox, type SyncSummary } from "@/lib/client/outbox/sync-outbox";
import { uniqueEmail } from "./accounts";
import { createAccount, whoAmI } from "./http-accounts";
import type { HttpSession } from "./http-session";
import { DEVICE_HEADER } from "./lossy-proxy";
import { seededRandom } from "./seeded-random";

export const DEVICES = 20;
export const CARDS_PER_DEVICE = 10;
export const REVIEWS_PER_CARD = 5; // 10 cards × 5 ratings = 50 reviews per device, each card's in order
const PASSWORD = "outbox-proxy-password-1";

export type Device = {
  index: number;
  userId: string;
  session: HttpSession;
  store: OutboxStore;
  reviews: OutboxReview[];
};
type QueueView = { cards: { cardId: string; expectedReps: number }[] };

async function readQueue(session: HttpSession, exclude: string[]): Promise<QueueView["cards"]> {
  const response = await session.fetch(
    `/api/v1/decks/kubernetes-workloads/queue?${new URLSearchParams({ limit: "5", exclude: exclude.join(",") })}`,
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as QueueView).cards;
}

/** Signs a learner up on `baseURL`, takes 10 cards from the queue and rates each 5 times while offline. */
export async function prepareDevice(baseURL: string, index: number, seed: number): Promise<Device> {
  const session = await createAccount(baseURL, uniqueEmail(`outbox-${index}`), PASSWORD, `198.18.8.${index + 1}`);
  const userId = (await whoAmI(session))!.id;
  const cards = await readQueue(session, []);
  cards.push(
    ...(await readQueue(
      session,
      cards.map((c) => c.cardId),
    )),
  );
  expect(new Set(cards.map((c) => c.cardId)).size).toBe(CARDS_PER_DEVICE);
  expect(cards.every((c) => c.expectedReps === 0)).toBe(true);
  const random = seededRandom(seed + index);
  const store = createMemoryOutboxStore(`device-${index}`);
  const reviews: OutboxReview[] = [];
  const start = Date.now() - 3_600_000;
  for (let round = 0; round < REVIEWS_PER_CARD; round++) {
    for (const card of cards) {
      const review: OutboxReview = {
        reviewId: crypto.randomUUID(),
        cardId: card.cardId,
        rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
        expectedReps: card.expectedReps + round,
        reviewedAt: new Date(start + reviews.length * 10_000).toISOString(),
        durationMs: Math.floor(random() * 20_000),
      };
      await enqueueReview(store, review);
      reviews.push(review);
    }
  }
  return { index, userId, session, store, reviews };
}

/** Prepares the 20 devices, 5 at a time; `baseURLOf` says which instance each signs up on. */
export async function prepareDevices(baseURLOf: (index: number) => string, seed: number): Promise<Device[]> {
  const devices: Device[] = [];
  for (let i = 0; i < DEVICES; i += 5)
    devices.push(...(await Promise.all([0, 1, 2, 3, 4].map((k) => prepareDevice(baseURLOf(i + k), i + k, seed)))));
  return devices;
}

/**
 * Syncs until the outbox is empty, as the app does when the network comes back (bounded).
 * `origin` is the app the proxy forwards to: the server checks it against its own.
 */
export async function syncUntilEmpty(
  device: Device,
  proxyURL: string,
  origin: string,
  seed: number,
): Promise<SyncSummary[]> {
  const headers = { cookie: device.session.cookieHeader(), origin, [DEVICE_HEADER]: String(device.index) };
  const send = fetchSend(proxyURL, { headers, timeoutMs: 20_000 });
  const runs: SyncSummary[] = [];
  for (let run = 0; run < 5 && (await device.store.count()) > 0; run++) {
    runs.push(
      await syncOutbox(device.store, send, {
        batchSize: 10,
        maxAttempts: 30,
        baseDelayMs: 25,
        maxDelayMs: 800,
        random: seededRandom(seed * 31 + device.index),
        locks: null,
      }),
    );
  }
  return runs;
}

/** Every outbox is empty and nothing was refused. Returns a line of totals to print. */
export async function expectAllSynced(devices: Device[], runs: SyncSummary[]): Promise<string> {
  for (const d of devices) {
    expect(await d.store.count()).toBe(0);
    expect(await d.store.listConflicts()).toEqual([]);
  }
  expect(runs.every((r) => r.stopped === "empty" || r.stopped === "gave-up")).toBe(true);
  const total = (key: "requests" | "failures" | "recorded" | "duplicate" | "conflicts") =>
    runs.reduce((sum, r) => sum + r[key], 0);
  return `syncRuns=${runs.length} requests=${total("requests")} failedRequests=${total("failures")} recorded=${total("recorded")} duplicate=${total("duplicate")} conflicts=${total("conflicts")}`;
}

export type StoredLog = { id: string; userId: string; cardId: string; undoneAt: unknown; repsBefore: number };
export type StoredState = { userId: string; cardId: string; reps: number };

/** The database holds every rating exactly once, by the right learner, on the right card, in order. */
export function expectEachReviewOnce(devices: Device[], logs: StoredLog[], states: StoredState[]): void {
  const sent = new Map(devices.flatMap((d) => d.reviews.map((r) => [r.reviewId, { ...r, userId: d.userId }] as const)));
  expect(logs).toHaveLength(DEVICES * CARDS_PER_DEVICE * REVIEWS_PER_CARD);
  expect(new Set(logs.map((l) => l.id))).toEqual(new Set(sent.keys())); // 1,000 distinct ids, the clients' own: none lost, none extra
  for (const log of logs) {
    const review = sent.get(log.id)!;
    // Recorded by the right learner, on the right card, against the state the learner saw: nothing reordered.
    expect([log.userId, log.cardId, Number(log.repsBefore), log.undoneAt]).toEqual([
      review.userId,
      review.cardId,
      review.expectedReps,
      null,
    ]);
  }
  expect(states).toHaveLength(DEVICES * CARDS_PER_DEVICE);
  const logsPerCard = new Map<string, number>();
  for (const log of logs)
    logsPerCard.set(`${log.userId}/${log.cardId}`, (logsPerCard.get(`${log.userId}/${log.cardId}`) ?? 0) + 1);
  for (const state of states)
    expect([state.reps, logsPerCard.get(`${state.userId}/${state.cardId}`)]).toEqual([
      REVIEWS_PER_CARD,
      REVIEWS_PER_CARD,
    ]);
}
