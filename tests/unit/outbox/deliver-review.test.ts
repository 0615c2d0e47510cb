import { describe, expect, it } from "vitest";
import { deliverReview } from "@/lib/client/outbox/deliver-review";
import { enqueueReview } from "@/lib/client/outbox/enqueue-review";
import { createMemoryOutboxStore } from "@/lib/client/outbox/memory-outbox-store";
import type { LockManagerLike } from "@/lib/client/outbox/single-flight";
import type { SendBatch } from "@/lib/client/outbox/sync-outbox";
import { answerAll, enqueueMany, makeReview, noSleep } from "./outbox-fixtures";

/** Another tab holds the outbox lock for the first `times` requests. */
function heldElsewhere(times: number, meanwhile: () => Promise<void> = async () => {}): LockManagerLike {
  let held = times;
  return {
    request: async (_name, _options, callback) => (held-- > 0 ? (await meanwhile(), callback(null)) : callback({})),
  };
}

describe("deliverReview", () => {
  it("returns the server's answer for the rating, sent behind the ratings queued before it", async () => {
    const store = createMemoryOutboxStore();
    const earlier = await enqueueMany(store, 2);
    const review = makeReview({ cardId: "card-now" });
    await enqueueReview(store, review);
    const sent: string[] = [];
    const send: SendBatch = async (batch) => (
      sent.push(...batch.map((r) => r.reviewId)),
      {
        status: 200,
        results: batch.map((r) => ({ reviewId: r.reviewId, status: "recorded" as const, leech: r === batch.at(-1) })),
      }
    );
    const delivery = await deliverReview(store, send, review.reviewId, { locks: null });
    expect(delivery).toEqual({ outcome: { reviewId: review.reviewId, status: "recorded", leech: true } });
    expect(sent).toEqual([...earlier.map((r) => r.reviewId), review.reviewId]);
    expect(await store.count()).toBe(0);
  });

  it("returns a refusal to the caller, who shows it, instead of keeping it as a conflict", async () => {
    const store = createMemoryOutboxStore();
    const review = makeReview();
    await enqueueReview(store, review);
    const delivery = await deliverReview(
      store,
      async () => ({
        status: 409,
        results: [{ reviewId: review.reviewId, status: "conflict", code: "stale-state", reps: 4 }],
      }),
      review.reviewId,
      { locks: null },
    );
    expect(delivery).toEqual({
      outcome: { reviewId: review.reviewId, status: "conflict", code: "stale-state", reps: 4 },
    });
    expect(await store.listConflicts()).toEqual([]);
    expect(await store.count()).toBe(0);
  });

  it("keeps the rating in the outbox when signed out or when the network keeps failing", async () => {
    const store = createMemoryOutboxStore();
    const review = makeReview();
    await enqueueReview(store, review);
    expect(await deliverReview(store, async () => ({ status: 401 }), review.reviewId, { locks: null })).toEqual({
      held: "signed-out",
    });
    expect(
      await deliverReview(store, async () => Promise.reject(new TypeError("Failed to fetch")), review.reviewId, {
        locks: null,
        maxAttempts: 3,
        sleep: noSleep,
      }),
    ).toEqual({ held: "failed" });
    expect(await store.count()).toBe(1);
  });

  it("while another tab syncs, waits for it and reads the answer it got from the outbox", async () => {
    const sent = createMemoryOutboxStore();
    const sentReview = makeReview();
    await enqueueReview(sent, sentReview);
    // The other tab sends it meanwhile: recorded (gone from the outbox).
    const sendsElsewhere = heldElsewhere(2, async () => void (await sent.remove([sentReview.reviewId])));
    let calls = 0;
    const send: SendBatch = async (batch) => (calls++, answerAll(batch, "recorded"));
    expect(await deliverReview(sent, send, sentReview.reviewId, { locks: sendsElsewhere, sleep: noSleep })).toEqual({
      outcome: { reviewId: sentReview.reviewId, status: "recorded" },
    });
    expect(calls).toBe(0);

    // The lock is freed before the other tab got to it: this tab sends it itself.
    const waiting = createMemoryOutboxStore();
    const waitingReview = makeReview();
    await enqueueReview(waiting, waitingReview);
    expect(
      await deliverReview(waiting, send, waitingReview.reviewId, { locks: heldElsewhere(3), sleep: noSleep }),
    ).toEqual({ outcome: { reviewId: waitingReview.reviewId, status: "recorded" } });
    expect(calls).toBe(1);
  });
});
