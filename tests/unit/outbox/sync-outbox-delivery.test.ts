import { describe, expect, it } from "vitest";
import { backoffDelay } from "@/lib/client/outbox/backoff-delay";
import { createMemoryOutboxStore } from "@/lib/client/outbox/memory-outbox-store";
import { syncOutbox, type SendBatch } from "@/lib/client/outbox/sync-outbox";
import { answerAll, enqueueMany, noSleep } from "./outbox-fixtures";

describe("syncOutbox delivery", () => {
  it("keeps every review on network errors and waits longer after each failure, with jitter", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 3);
    const sleeps: number[] = [];
    const send: SendBatch = async () => {
      throw new TypeError("fetch failed");
    };
    const summary = await syncOutbox(store, send, {
      maxAttempts: 5,
      baseDelayMs: 100,
      maxDelayMs: 500,
      random: () => 0.5,
      sleep: async (ms) => void sleeps.push(ms),
      locks: null,
    });
    expect(summary).toMatchObject({ stopped: "gave-up", pending: 3, requests: 5, failures: 5, recorded: 0 });
    expect(sleeps).toEqual([75, 150, 300, 375]); // half fixed + half random, doubling up to the cap
    expect(await store.count()).toBe(3);
  });

  it("keeps the batch on 5xx and timeouts, then removes it once the server answers", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 4);
    let calls = 0;
    const send: SendBatch = async (batch) => {
      calls++;
      if (calls === 1) return { status: 503 };
      if (calls === 2) throw new DOMException("The operation timed out.", "TimeoutError");
      return answerAll(batch, "recorded");
    };
    const summary = await syncOutbox(store, send, { sleep: noSleep, locks: null });
    expect(summary).toMatchObject({ stopped: "empty", pending: 0, requests: 3, failures: 2, recorded: 4 });
  });

  it("removes recorded and duplicate reviews", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 4);
    const send: SendBatch = async (batch) => ({
      status: 200,
      results: batch.map((r, i) => ({ reviewId: r.reviewId, status: i % 2 ? "duplicate" : "recorded" })),
    });
    const summary = await syncOutbox(store, send, { locks: null });
    expect(summary).toMatchObject({ recorded: 2, duplicate: 2, conflicts: 0, pending: 0, stopped: "empty" });
    expect(await store.listConflicts()).toEqual([]);
  });

  it("moves refused reviews to the conflicts table with their code instead of dropping them", async () => {
    const store = createMemoryOutboxStore();
    const [stale, suspended, mismatch, gone, invalid, fine] = await enqueueMany(store, 6);
    const send: SendBatch = async () => ({
      status: 200,
      results: [
        { reviewId: stale.reviewId, status: "conflict", code: "stale-state", reps: 7 },
        { reviewId: suspended.reviewId, status: "conflict", code: "suspended", reps: 2 },
        { reviewId: mismatch.reviewId, status: "mismatch" },
        { reviewId: gone.reviewId, status: "gone" },
        { reviewId: invalid.reviewId, status: "invalid", issues: ["rating: Invalid input"] },
        { reviewId: fine.reviewId, status: "recorded" },
      ],
    });
    const summary = await syncOutbox(store, send, { locks: null, now: () => 42 });
    expect(summary).toMatchObject({ recorded: 1, conflicts: 5, pending: 0 });
    const conflicts = await store.listConflicts();
    expect(conflicts.map((c) => [c.reviewId, c.code])).toEqual([
      [stale.reviewId, "stale-state"],
      [suspended.reviewId, "suspended"],
      [mismatch.reviewId, "mismatch"],
      [gone.reviewId, "gone"],
      [invalid.reviewId, "invalid"],
    ]);
    expect(conflicts[0]).toMatchObject({ serverReps: 7, review: stale, movedAt: 42 });
    expect(conflicts[4].issues).toEqual(["rating: Invalid input"]);
  });

  it("files a single review's 409 answer as a conflict (a one-review batch answers with its own status)", async () => {
    const store = createMemoryOutboxStore();
    const [review] = await enqueueMany(store, 1);
    const send: SendBatch = async () => ({
      status: 409,
      results: [{ reviewId: review.reviewId, status: "conflict", code: "stale-state", reps: 1 }],
    });
    expect(await syncOutbox(store, send, { locks: null })).toMatchObject({
      conflicts: 1,
      pending: 0,
      stopped: "empty",
    });
  });

  it("stops on 401 and keeps everything for after the learner signs in again", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 300);
    let calls = 0;
    const summary = await syncOutbox(store, async () => (calls++, { status: 401 }), { locks: null });
    expect(summary).toMatchObject({ stopped: "signed-out", pending: 300, requests: 1 });
    expect(calls).toBe(1);
  });

  it("stops without retrying when the server refuses the request itself, keeping everything", async () => {
    const store = createMemoryOutboxStore();
    await enqueueMany(store, 2);
    const summary = await syncOutbox(store, async () => ({ status: 403 }), { locks: null });
    expect(summary).toMatchObject({ stopped: "refused", lastStatus: 403, pending: 2, requests: 1 });
  });

  it("removes nothing when the answer does not line up with the batch", async () => {
    const store = createMemoryOutboxStore();
    const [first, second] = await enqueueMany(store, 2);
    const send: SendBatch = async () => ({
      status: 200,
      results: [
        { reviewId: second.reviewId, status: "recorded" },
        { reviewId: first.reviewId, status: "recorded" },
      ],
    });
    expect(await syncOutbox(store, send, { locks: null, sleep: noSleep, maxAttempts: 2 })).toMatchObject({
      stopped: "gave-up",
      pending: 2,
    });
  });

  it("caps the backoff at maxDelayMs", () => {
    expect(backoffDelay(30, () => 0.999, { baseDelayMs: 1_000, maxDelayMs: 60_000 })).toBeLessThanOrEqual(60_000);
    expect(backoffDelay(1, () => 0, { baseDelayMs: 1_000, maxDelayMs: 60_000 })).toBe(500);
  });
});
