import { MAX_ANSWER_CHARS, MAX_DURATION_MS } from "@/lib/schemas/review-limits";
import type { OutboxReview, OutboxStore } from "./outbox-store";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * Queues a rating made on this device. The review already carries its reviewId (made once, when
 * the learner rated), so queueing it again or sending it twice records it once on the server.
 */
export async function enqueueReview(store: OutboxStore, review: OutboxReview, now: number = Date.now()): Promise<void> {
  const issues = problemsOf(review);
  if (issues.length > 0) throw new Error(`enqueueReview: the review ${review?.reviewId ?? "(no reviewId)"} is not valid (${issues.join("; ")})`);
  await store.put(review, now);
}

/**
 * The checks of the server's submitReviewSchema that a review made on this device could fail: a
 * review the server would refuse must not sit in the outbox. Written out rather than importing the
 * zod schema, which would add a validation library to the review page's JavaScript.
 */
function problemsOf(review: OutboxReview): string[] {
  const issues: string[] = [];
  const isInt = (value: unknown, min: number, max = Number.MAX_SAFE_INTEGER) => Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
  if (typeof review?.reviewId !== "string" || !UUID.test(review.reviewId)) issues.push("reviewId: must be a UUID");
  if (typeof review?.cardId !== "string" || review.cardId.length < 1 || review.cardId.length > 200) issues.push("cardId: must be 1–200 characters");
  if (![1, 2, 3, 4].includes(review?.rating)) issues.push("rating: must be 1, 2, 3 or 4");
  if (!isInt(review?.expectedReps, 0)) issues.push("expectedReps: must be a whole number ≥ 0");
  if (typeof review?.reviewedAt !== "string" || Number.isNaN(Date.parse(review.reviewedAt))) issues.push("reviewedAt: must be an ISO date-time");
  if (!isInt(review?.durationMs, 0, MAX_DURATION_MS)) issues.push("durationMs: must be 0–24 h in ms");
  if (review?.answer !== undefined && (typeof review.answer !== "string" || review.answer.length > MAX_ANSWER_CHARS)) issues.push(`answer: at most ${MAX_ANSWER_CHARS} characters`);
  return issues;
}
