import { z } from "zod";
import { MAX_ANSWER_CHARS, MAX_DURATION_MS, MAX_REVIEW_BATCH } from "./review-limits";

export { MAX_REVIEW_BATCH };

/** One rating as the browser (or the offline outbox) sends it. */
export const submitReviewSchema = z.object({
  reviewId: z.uuid(),
  cardId: z.string().min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The card's reps when the learner saw it: a stale view is refused (409). */
  expectedReps: z.number().int().min(0),
  reviewedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().int().min(0).max(MAX_DURATION_MS),
  /** The typed answer for typed and kubectl cards; graded again on the server. */
  answer: z.string().max(MAX_ANSWER_CHARS).optional(),
});
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

export const submitReviewBatchSchema = z.object({ reviews: z.array(z.unknown()).min(1).max(MAX_REVIEW_BATCH) });
