import "server-only";
// What a rating does, decided from what the database holds (no I/O here): the answer for a review
// already logged, a refusal (gone, stale, suspended), or the rows to write and the answer to give
// once they are written. The writers (review-writer-sqlite.ts, review-writer-postgres.ts) read, call
// this, and write; the database's compare-and-set and unique ids decide races, not this code.
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { isLeech } from "@/lib/core/scheduler/leech";
import { newMemoryState, type CardStateName, type MemoryState } from "@/lib/core/scheduler/memory-state";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { studyAccess } from "../decks/study-access";
import { reviewSeed } from "@/lib/core/scheduler/review-seed";
import { gradeCardAnswer } from "./grade-card-answer";
import type { LoggedReview, NewReviewLog, ReviewContext, StateFlags } from "./review-statements";

export type ReviewOutcome =
  | {
      reviewId: string;
      status: "recorded" | "duplicate";
      cardId: string;
      reps: number;
      due: string;
      state: string;
      verdict: string | null;
      leech: boolean;
    }
  | { reviewId: string; status: "conflict"; cardId: string; code: "stale-state" | "suspended"; reps: number }
  | { reviewId: string; status: "mismatch"; cardId: string } // same id, different payload: 422
  | { reviewId: string; status: "gone"; cardId: string }; // card retired or deck not available: 410

export type ReviewWrite = {
  log: NewReviewLog;
  next: MemoryState;
  flags: StateFlags;
  firstState: boolean;
  expectedReps: number;
};
export type ReviewPlan = { done: ReviewOutcome } | { write: ReviewWrite; recorded: ReviewOutcome };

const base = (input: SubmitReviewInput) => ({ reviewId: input.reviewId, cardId: input.cardId });

/** The answer to a review whose id is already logged: the same review again, or a clash of ids. */
export function loggedOutcome(
  previous: LoggedReview,
  actor: Actor,
  input: SubmitReviewInput,
  payloadHash: string,
  leech: boolean,
): ReviewOutcome {
  if (previous.userId !== actor.id || previous.payloadHash !== payloadHash)
    return { ...base(input), status: "mismatch" };
  const after = previous.stateAfter;
  return {
    ...base(input),
    status: "duplicate",
    reps: after.reps,
    due: after.due,
    state: after.state,
    verdict: previous.verdict,
    leech,
  };
}

export function staleOutcome(input: SubmitReviewInput, reps: number): ReviewOutcome {
  return { ...base(input), status: "conflict", code: "stale-state", reps };
}

// A client clock may be ahead; a rating is never recorded in the server's future.
function reviewTime(claimed: string, now: Date, lastReview: Date | null): Date {
  const at = Math.min(new Date(claimed).getTime(), now.getTime());
  return new Date(Math.max(at, lastReview?.getTime() ?? 0));
}

/** Decides a review not yet logged, against the card's context as read. */
export function planReview(
  actor: Actor,
  input: SubmitReviewInput,
  context: ReviewContext | null,
  payloadHash: string,
  now: Date,
): ReviewPlan {
  if (!context || context.card.retired) return { done: { ...base(input), status: "gone" } };
  const access = studyAccess(actor, context.deck);
  if (access === false || (access === "ask-classes" && !context.inClass))
    return { done: { ...base(input), status: "gone" } };
  const row = context.state;
  const before: MemoryState =
    row && row.state !== "new"
      ? { ...row, state: row.state as CardStateName }
      : { ...newMemoryState(now), reps: row?.reps ?? 0 };
  if (before.reps !== input.expectedReps) return { done: staleOutcome(input, before.reps) };
  if (row?.suspended) return { done: { ...base(input), status: "conflict", code: "suspended", reps: before.reps } };

  const grade = gradeCardAnswer(context.item, context.card.kind, input.answer);
  const at = reviewTime(input.reviewedAt, now, before.lastReview);
  const settings = schedulerSettings(context.settings);
  const { next } = scheduleReview({
    state: before,
    rating: input.rating,
    now: at,
    settings,
    seed: reviewSeed(input.cardId, before.reps),
  });
  const becameLeech = input.rating === 1 && isLeech(next.lapses) && !row?.leech;
  const log: NewReviewLog = {
    id: input.reviewId,
    userId: actor.id,
    cardId: input.cardId,
    rating: input.rating,
    previousState: before.state,
    verdict: grade?.verdict ?? null,
    score: grade?.score ?? null,
    answer: input.answer ?? null,
    stateBefore: before,
    leechBefore: row?.leech ?? false,
    stateAfter: next,
    reviewedAt: at,
    durationMs: input.durationMs,
    payloadHash,
  };
  return {
    write: {
      log,
      next,
      flags: becameLeech ? { leech: true, suspended: true } : {},
      firstState: !row,
      expectedReps: before.reps,
    },
    recorded: {
      ...base(input),
      status: "recorded",
      reps: next.reps,
      due: next.due.toISOString(),
      state: next.state,
      verdict: grade?.verdict ?? null,
      leech: becameLeech || (row?.leech ?? false),
    },
  };
}
