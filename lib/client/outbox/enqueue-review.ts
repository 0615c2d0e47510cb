import { submitReviewSchema } from "@/lib/schemas/submit-review";
import type { OutboxReview, OutboxStore } from "./outbox-store";

/**
 * Queues a rating made on this device. The review already carries its reviewId (made once, when
 * the learner rated), so queueing it again or sending it twice records it once on the server.
 */
export async function enqueueReview(store: OutboxStore, review: OutboxReview, now: number = Date.now()): Promise<void> {
  const parsed = submitReviewSchema.safeParse(review);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".") || "review"}: ${i.message}`).join("; ");
    throw new Error(`enqueueReview: the review ${review?.reviewId ?? "(no reviewId)"} is not valid (${issues})`);
  }
  await store.put(parsed.data, now);
}
