import { describe, expect, it } from "vitest";
import { createMemoryOutboxStore } from "@/lib/client/outbox/memory-outbox-store";
import { enqueueReview } from "@/lib/client/outbox/enqueue-review";
import { syncOutbox, type SendBatch } from "@/lib/client/outbox/sync-outbox";
import type { Outcome } from "@/lib/client/outbox/sort-outcomes";
import { answerAll, enqueueMany, makeReview, noSleep } from "./outbox-fixtures";

/** A deterministic PRNG (mulberry32) so a failing run can be replayed. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("syncOutbox batching and order", () => {
  it("sends at most 250 reviews per request, oldest first, even when asked for more", async () => {
    const store = createMemoryOutboxStore();
    const reviews = await enqueueMany(store, 600);
    const seen: string[][] = [];
    const send: SendBatch = async (batch) => (seen.push(batch.map((r) => r.reviewId)), answerAll(batch, "recorded"));
    const summary = await syncOutbox(store, send, { batchSize: 1_000, locks: null });
    expect(seen.map((b) => b.length)).toEqual([250, 250, 100]);
    expect(seen.flat()).toEqual(reviews.map((r) => r.reviewId));
    expect(summary).toMatchObject({ requests: 3, sent: 600, recorded: 600, pending: 0 });
  });

  it("delivers one card's reviews in the order they were made through lost requests and lost answers", async () => {
    const random = seeded(20250301);
    const store = createMemoryOutboxStore();
    const made: string[] = [];
    for (let reps = 0; reps < 6; reps++)
      for (const card of ["a", "b", "c"]) {
        const review = makeReview({ cardId: card, expectedReps: reps });
        made.push(review.reviewId);
        await enqueueReview(store, review);
      }
    // A server with the real rules: idempotent on reviewId, stale expectedReps refused.
    const reps = new Map<string, number>();
    const logged = new Set<string>();
    const order: string[] = [];
    const send: SendBatch = async (batch) => {
      if (random() < 0.3) throw new TypeError("request lost");
      const results: Outcome[] = batch.map((r) => {
        if (logged.has(r.reviewId)) return { reviewId: r.reviewId, status: "duplicate" };
        if ((reps.get(r.cardId) ?? 0) !== r.expectedReps)
          return { reviewId: r.reviewId, status: "conflict", code: "stale-state" };
        reps.set(r.cardId, r.expectedReps + 1);
        logged.add(r.reviewId);
        order.push(r.reviewId);
        return { reviewId: r.reviewId, status: "recorded" };
      });
      if (random() < 0.3) throw new TypeError("answer lost after the server committed");
      return { status: 200, results };
    };
    const summary = await syncOutbox(store, send, {
      batchSize: 4,
      sleep: noSleep,
      maxAttempts: 50,
      random,
      locks: null,
    });
    expect(summary).toMatchObject({ stopped: "empty", pending: 0, conflicts: 0 });
    expect(summary.recorded + summary.duplicate).toBe(18); // answers lost after commit come back as duplicates
    expect(summary.duplicate).toBeGreaterThan(0);
    expect(order).toEqual(made);
  });

  it("runs one sync at a time: a second call joins the running one", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 30);
    let inFlight = 0;
    let maxInFlight = 0;
    const send: SendBatch = async (batch) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight--;
      return answerAll(batch, "recorded");
    };
    const [first, second] = await Promise.all([
      syncOutbox(store, send, { batchSize: 10, locks: null }),
      syncOutbox(store, send, { batchSize: 10, locks: null }),
    ]);
    expect(maxInFlight).toBe(1);
    expect(first).toEqual(second);
    expect(first).toMatchObject({ requests: 3, recorded: 30, duplicate: 0 });
  });

  it("answers busy without sending when another tab holds the outbox lock", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 2);
    const names: string[] = [];
    const heldElsewhere = {
      request: <T>(name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>) => (
        names.push(name),
        callback(null)
      ),
    };
    let calls = 0;
    const summary = await syncOutbox(store, async (batch) => (calls++, answerAll(batch, "recorded")), {
      locks: heldElsewhere,
    });
    expect(summary).toMatchObject({ stopped: "busy", pending: 2, requests: 0 });
    expect(calls).toBe(0);
    expect(names).toEqual([`${store.name}:outbox-sync`]);
  });
});
