import "server-only";
import { submitReviewSchema } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { AppError } from "../errors";
import { recordReview, type ReviewOutcome } from "./record-review";

export type BatchOutcome = ReviewOutcome | { reviewId: string | null; status: "invalid"; issues: string[] };

/**
 * The offline outbox's batch: each review is its own transaction, so one stale card does not block
 * the rest; every review gets an answer the client can act on.
 */
export async function recordReviews(actor: Actor | null, reviews: unknown[], now: Date): Promise<BatchOutcome[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const outcomes: BatchOutcome[] = [];
  for (const raw of reviews) {
    const parsed = submitReviewSchema.safeParse(raw);
    if (!parsed.success) {
      const reviewId = typeof (raw as { reviewId?: unknown })?.reviewId === "string" ? (raw as { reviewId: string }).reviewId : null;
      outcomes.push({ reviewId, status: "invalid", issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) });
      continue;
    }
    outcomes.push(await recordReview(actor, parsed.data, now));
  }
  return outcomes;
}

/** HTTP status of a single-review answer (the batch itself answers 200 with one outcome each). */
export const OUTCOME_STATUS: Record<BatchOutcome["status"], number> = { recorded: 200, duplicate: 200, conflict: 409, mismatch: 422, gone: 410, invalid: 400 };
