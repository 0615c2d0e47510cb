// zod/mini, not zod: the browser's outbox checks every rating with this same schema before queueing
// it. The mini build costs the review page about 16 KB as served (issue 19's Lighthouse bench), in
// the device chunk loaded once the browser is idle; full zod would cost more. With zod's English
// locale (recordReviews sets it) the issues it reports (paths, codes, messages) are full zod's.
import { z } from "zod/mini";
import { MAX_ANSWER_CHARS, MAX_DURATION_MS, MAX_REVIEW_BATCH } from "./review-limits";

export { MAX_REVIEW_BATCH };

/** One rating as the browser (or the offline outbox) sends it. */
export const submitReviewSchema = z.object({
  reviewId: z.uuid(),
  cardId: z.string().check(z.minLength(1), z.maxLength(200)),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** The card's reps when the learner saw it: a stale view is refused (409). */
  expectedReps: z.number().check(z.int(), z.minimum(0)),
  reviewedAt: z.iso.datetime({ offset: true }),
  durationMs: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_DURATION_MS)),
  /** The typed answer for typed and kubectl cards; graded again on the server. */
  answer: z.optional(z.string().check(z.maxLength(MAX_ANSWER_CHARS))),
});
export type SubmitReviewInput = z.infer<typeof submitReviewSchema>;

export const submitReviewBatchSchema = z.object({
  reviews: z.array(z.unknown()).check(z.minLength(1), z.maxLength(MAX_REVIEW_BATCH)),
});

export type ReviewCheck = { ok: true; review: SubmitReviewInput } | { ok: false; issues: string[] };

/** The one check of a rating, on the server and in the browser's outbox: issues read "path: message". */
export function checkReview(raw: unknown): ReviewCheck {
  const parsed = submitReviewSchema.safeParse(raw);
  return parsed.success
    ? { ok: true, review: parsed.data }
    : { ok: false, issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
}
