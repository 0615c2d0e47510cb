import { describe, expect, it } from "vitest";
import { createMemoryOutboxStore } from "@/lib/client/outbox/memory-outbox-store";
import { enqueueReview } from "@/lib/client/outbox/enqueue-review";
import { makeReview } from "./outbox-fixtures";

describe("enqueueReview", () => {
  it("queues a review once however often it is enqueued, keeping its first place", async () => {
    const store = createMemoryOutboxStore();
    const first = makeReview();
    const second = makeReview();
    await enqueueReview(store, first);
    await enqueueReview(store, second);
    await enqueueReview(store, first);
    expect((await store.list(10)).map((p) => p.reviewId)).toEqual([first.reviewId, second.reviewId]);
  });

  it("refuses a review the server would reject, naming the field", async () => {
    const store = createMemoryOutboxStore();
    await expect(enqueueReview(store, makeReview({ reviewId: "not-a-uuid" }))).rejects.toThrow(/reviewId/);
    await expect(enqueueReview(store, makeReview({ rating: 5 as 1 }))).rejects.toThrow(/rating/);
    expect(await store.count()).toBe(0);
  });
});
