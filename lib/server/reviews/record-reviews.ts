import "server-only";
import { z } from "zod/mini";
import { checkReview } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { isPostgres } from "../db/is-postgres";
import { AppError } from "../errors";
import { recordReview, type ReviewOutcome } from "./record-review";

// zod/mini has no messages of its own (a bare "Invalid input"): the issues this API answers with are
// full zod's English ones, whatever else the process has loaded.
z.config(z.locales.en());

export type BatchOutcome = ReviewOutcome | { reviewId: string | null; status: "invalid"; issues: string[] };

/**
 * The offline outbox's batch: each review is decided on its own, so one stale card does not block
 * the rest; every review gets an answer the client can act on. Order matters (a card rated twice
 * offline): on SQLite they are handed to the writer at once and join one group commit in order,
 * each seeing the ones before it; on PostgreSQL, where writes run side by side, one after another.
 */
export async function recordReviews(actor: Actor | null, reviews: unknown[], now: Date): Promise<BatchOutcome[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const record = (raw: unknown): BatchOutcome | Promise<BatchOutcome> => {
    const checked = checkReview(raw);
    if (checked.ok) return recordReview(actor, checked.review, now);
    const reviewId =
      typeof (raw as { reviewId?: unknown })?.reviewId === "string" ? (raw as { reviewId: string }).reviewId : null;
    return { reviewId, status: "invalid", issues: checked.issues };
  };
  if (!isPostgres()) return Promise.all(reviews.map(record));
  const outcomes: BatchOutcome[] = [];
  for (const raw of reviews) outcomes.push(await record(raw));
  return outcomes;
}

/** HTTP status of a single-review answer (the batch itself answers 200 with one outcome each). */
export const OUTCOME_STATUS: Record<BatchOutcome["status"], number> = {
  recorded: 200,
  duplicate: 200,
  conflict: 409,
  mismatch: 422,
  gone: 410,
  invalid: 400,
};
