import "server-only";
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { isLeech } from "@/lib/core/scheduler/leech";
import { newMemoryState, type CardStateName, type MemoryState } from "@/lib/core/scheduler/memory-state";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { inDatabaseTurn } from "../db/database-turn";
import { canStudyDeck } from "../decks/can-study-deck";
import { reviewSeed } from "./card-view";
import { gradeCardAnswer } from "./grade-card-answer";
import { reviewPayloadHash } from "./review-payload-hash";
import { advanceCardState, findLoggedReview, insertFirstCardState, insertReviewLog, readReviewContext } from "./review-statements";

export type ReviewOutcome =
  | { reviewId: string; status: "recorded" | "duplicate"; cardId: string; reps: number; due: string; state: string; verdict: string | null; leech: boolean }
  | { reviewId: string; status: "conflict"; cardId: string; code: "stale-state" | "suspended"; reps: number }
  | { reviewId: string; status: "mismatch"; cardId: string } // same id, different payload: 422
  | { reviewId: string; status: "gone"; cardId: string }; // card retired or deck not available: 410

// A client clock may be ahead; a rating is never recorded in the server's future.
function reviewTime(claimed: string, now: Date, lastReview: Date | null): Date {
  const at = Math.min(new Date(claimed).getTime(), now.getTime());
  return new Date(Math.max(at, lastReview?.getTime() ?? 0));
}

/** Thrown inside the writing transaction to roll it back: another rating moved the card first. */
class StaleState extends Error {}

/**
 * Records one rating: idempotent on reviewId, refused when the learner saw an out-of-date state,
 * written as CardState + an append-only ReviewLog row. Correct with any number of processes because
 * the database decides: the log insert is ON CONFLICT (id) DO NOTHING, and the state moves only by
 * a compare-and-set on reps, in one transaction that rolls the log row back when the state had
 * moved. The in-process queue (inDatabaseTurn: SQLite only) is what SQLite's adapter needs, not what makes it correct.
 */
export async function recordReview(actor: Actor, input: SubmitReviewInput, now: Date): Promise<ReviewOutcome> {
  const payloadHash = reviewPayloadHash(input);
  const base = { reviewId: input.reviewId, cardId: input.cardId };
  const answerLogged = async (): Promise<ReviewOutcome | null> => {
    const previous = await findLoggedReview(db, input.reviewId);
    if (!previous) return null;
    if (previous.userId !== actor.id || previous.payloadHash !== payloadHash) return { ...base, status: "mismatch" as const };
    const after = previous.stateAfter;
    const context = await readReviewContext(db, actor.id, input.cardId);
    return { ...base, status: "duplicate" as const, reps: after.reps, due: after.due, state: after.state, verdict: previous.verdict, leech: context?.state?.leech ?? false };
  };
  return inDatabaseTurn(async () => {
    const logged = await answerLogged();
    if (logged) return logged;
    const context = await readReviewContext(db, actor.id, input.cardId);
    if (!context || context.card.retired || !(await canStudyDeck(actor, context.deck))) return { ...base, status: "gone" as const };
    const row = context.state;
    const before: MemoryState = row && row.state !== "new" ? { ...row, state: row.state as CardStateName } : { ...newMemoryState(now), reps: row?.reps ?? 0 };
    // The state may have moved because this very review was just recorded through another process.
    if (before.reps !== input.expectedReps) return (await answerLogged()) ?? { ...base, status: "conflict" as const, code: "stale-state" as const, reps: before.reps };
    if (row?.suspended) return { ...base, status: "conflict" as const, code: "suspended" as const, reps: before.reps };

    const grade = gradeCardAnswer(context.item, context.card.kind, input.answer);
    const at = reviewTime(input.reviewedAt, now, before.lastReview);
    const settings = schedulerSettings(context.settings);
    const { next } = scheduleReview({ state: before, rating: input.rating, now: at, settings, seed: reviewSeed(input.cardId, before.reps) });
    const becameLeech = input.rating === 1 && isLeech(next.lapses) && !row?.leech;
    const flags = becameLeech ? { leech: true, suspended: true } : {};
    const written = await db
      .$transaction(async (tx) => {
        const inserted = await insertReviewLog(tx, {
          id: input.reviewId, userId: actor.id, cardId: input.cardId, rating: input.rating, previousState: before.state,
          verdict: grade?.verdict ?? null, score: grade?.score ?? null, answer: input.answer ?? null,
          stateBefore: before, leechBefore: row?.leech ?? false, stateAfter: next, reviewedAt: at, durationMs: input.durationMs, payloadHash,
        }, now);
        if (inserted === 0) return "logged-meanwhile" as const;
        const moved = row ? await advanceCardState(tx, actor.id, input.cardId, before.reps, next, flags, now) : await insertFirstCardState(tx, actor.id, input.cardId, next, flags, now);
        if (moved === 0) throw new StaleState();
        return "recorded" as const;
      })
      .catch((error: unknown) => {
        if (error instanceof StaleState) return "stale" as const;
        throw error;
      });
    if (written === "logged-meanwhile") return (await answerLogged())!;
    if (written === "stale") {
      const logged = await answerLogged();
      if (logged) return logged;
      const current = await readReviewContext(db, actor.id, input.cardId);
      return { ...base, status: "conflict" as const, code: "stale-state" as const, reps: current?.state?.reps ?? before.reps };
    }
    return { ...base, status: "recorded" as const, reps: next.reps, due: next.due.toISOString(), state: next.state, verdict: grade?.verdict ?? null, leech: becameLeech || (row?.leech ?? false) };
  });
}
