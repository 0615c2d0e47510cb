import crypto from "node:crypto";
import { enqueueReview } from "@/lib/client/outbox/enqueue-review";
import type { OutboxReview, OutboxStore } from "@/lib/client/outbox/outbox-store";
import type { Outcome } from "@/lib/client/outbox/sort-outcomes";
import type { SendResult } from "@/lib/client/outbox/sync-outbox";

export function makeReview(overrides: Partial<OutboxReview> = {}): OutboxReview {
  return {
    reviewId: crypto.randomUUID(),
    cardId: "card-1",
    rating: 3,
    expectedReps: 0,
    reviewedAt: "2025-03-01T10:00:00.000Z",
    durationMs: 4_000,
    ...overrides,
  };
}

export async function enqueueMany(
  store: OutboxStore,
  count: number,
  card = (i: number) => `card-${i}`,
): Promise<OutboxReview[]> {
  const reviews: OutboxReview[] = [];
  for (let i = 0; i < count; i++) {
    const review = makeReview({ cardId: card(i) });
    await enqueueReview(store, review, 1_000 + i);
    reviews.push(review);
  }
  return reviews;
}

/** A 200 answer giving every review in the batch the same status. */
export function answerAll(batch: OutboxReview[], status: Outcome["status"]): SendResult {
  return { status: 200, results: batch.map((r) => ({ reviewId: r.reviewId, status })) };
}

export const noSleep = async () => {};
