import { checkReview } from "@/lib/schemas/submit-review";
import type { OutboxReview, OutboxStore } from "./outbox-store";

/**
 * Queues a rating made on this device. The review already carries its reviewId (made once, when
 * the learner rated), so queueing it again or sending it twice records it once on the server.
 * It is checked with the server's own schema: a review the server would refuse must not sit in the outbox.
 */
export async function enqueueReview(store: OutboxStore, review: OutboxReview, now: number = Date.now()): Promise<void> {
  const checked = checkReview(review);
  if (!checked.ok)
    throw new Error(
      `enqueueReview: the review ${review?.reviewId ?? "(no reviewId)"} is not valid (${checked.issues.join("; ")})`,
    );
  await store.put(review, now);
}
