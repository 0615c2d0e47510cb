import type { ConflictCode, ConflictRecord, PendingReview } from "./outbox-store";

export type OutcomeStatus = "recorded" | "duplicate" | "conflict" | "mismatch" | "gone" | "invalid";
/** What POST /api/v1/reviews answers for each review (the fields the outbox acts on). */
export type Outcome = {
  reviewId: string | null;
  status: OutcomeStatus;
  code?: string;
  reps?: number;
  issues?: string[];
  leech?: boolean;
};

/** The server has the review (recorded now, or before: a resend); any other status refuses it for good. */
export const isAccepted = (status: string): status is "recorded" | "duplicate" =>
  status === "recorded" || status === "duplicate";

export type SortedOutcomes = { accepted: string[]; recorded: number; duplicate: number; conflicts: ConflictRecord[] };

const REFUSAL_CODE: Record<Exclude<OutcomeStatus, "recorded" | "duplicate" | "conflict">, ConflictCode> = {
  mismatch: "mismatch",
  gone: "gone",
  invalid: "invalid",
};

function conflictCode(outcome: Outcome): ConflictCode | null {
  if (outcome.status === "conflict") return outcome.code === "suspended" ? "suspended" : "stale-state";
  return REFUSAL_CODE[outcome.status as keyof typeof REFUSAL_CODE] ?? null;
}

/**
 * Splits the server's answer into reviews it holds (recorded now or before) and reviews it refused
 * for good. Returns null when the answer does not line up with the batch (one outcome per review,
 * same ids, known statuses): then nothing is removed and the batch is sent again later.
 */
export function sortOutcomes(
  batch: PendingReview[],
  results: Outcome[] | undefined,
  movedAt: number,
): SortedOutcomes | null {
  if (!results || results.length !== batch.length) return null;
  const sorted: SortedOutcomes = { accepted: [], recorded: 0, duplicate: 0, conflicts: [] };
  for (const [index, pending] of batch.entries()) {
    const outcome = results[index];
    if (
      !outcome ||
      (outcome.reviewId !== pending.reviewId && !(outcome.reviewId === null && outcome.status === "invalid"))
    )
      return null;
    if (isAccepted(outcome.status)) {
      sorted.accepted.push(pending.reviewId);
      sorted[outcome.status]++;
      continue;
    }
    const code = conflictCode(outcome);
    if (!code) return null;
    sorted.conflicts.push({
      reviewId: pending.reviewId,
      review: pending.review,
      code,
      serverReps: outcome.reps,
      issues: outcome.issues,
      movedAt,
    });
  }
  return sorted;
}
