import "server-only";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { isLeech } from "@/lib/core/scheduler/leech";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { canStudyDeck } from "../decks/can-study-deck";
import { reviewSeed } from "./card-view";
import { gradeCardAnswer } from "./grade-card-answer";
import { memoryFromRow, memoryToJson, rowFromMemory } from "./memory-state-row";
import { reviewPayloadHash } from "./review-payload-hash";
import { studySettingsFor } from "./scheduler-settings-for";

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

/**
 * Records one rating as one serialised transaction: idempotent on reviewId, refused when the
 * learner saw an out-of-date state, and written as CardState + an append-only ReviewLog row.
 */
export async function recordReview(actor: Actor, input: SubmitReviewInput, now: Date): Promise<ReviewOutcome> {
  const payloadHash = reviewPayloadHash(input);
  const base = { reviewId: input.reviewId, cardId: input.cardId };
  return db.$transaction(async (tx) => {
    const previous = await tx.reviewLog.findUnique({ where: { id: input.reviewId } });
    if (previous) {
      if (previous.userId !== actor.id || previous.payloadHash !== payloadHash) return { ...base, status: "mismatch" as const };
      const after = previous.stateAfter as { reps: number; due: string; state: string };
      const current = await tx.cardState.findUnique({ where: { userId_cardId: { userId: actor.id, cardId: input.cardId } }, select: { leech: true } });
      return { ...base, status: "duplicate" as const, reps: after.reps, due: after.due, state: after.state, verdict: previous.verdict, leech: current?.leech ?? false };
    }
    const card = await tx.card.findUnique({
      where: { id: input.cardId },
      select: { kind: true, retiredAt: true, deckId: true, deck: { select: { id: true, isPublished: true, ownerId: true } }, item: { select: { type: true, answer: true } } },
    });
    if (!card || card.retiredAt || !canStudyDeck(actor, card.deck)) return { ...base, status: "gone" as const };
    const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId: actor.id, cardId: input.cardId } } });
    const before = memoryFromRow(row, now);
    if (before.reps !== input.expectedReps) return { ...base, status: "conflict" as const, code: "stale-state" as const, reps: before.reps };
    if (row?.suspended) return { ...base, status: "conflict" as const, code: "suspended" as const, reps: before.reps };

    const settings = await studySettingsFor(actor.id, card.deckId);
    const grade = gradeCardAnswer(card.item, card.kind, input.answer);
    const at = reviewTime(input.reviewedAt, now, before.lastReview);
    const { next } = scheduleReview({ state: before, rating: input.rating, now: at, settings: settings.scheduler, seed: reviewSeed(input.cardId, before.reps) });
    const becameLeech = input.rating === 1 && isLeech(next.lapses) && !row?.leech;
    const flags = becameLeech ? { leech: true, suspended: true } : {};
    await tx.cardState.upsert({
      where: { userId_cardId: { userId: actor.id, cardId: input.cardId } },
      create: { userId: actor.id, cardId: input.cardId, ...rowFromMemory(next), ...flags },
      update: { ...rowFromMemory(next), ...flags },
    });
    await tx.reviewLog.create({
      data: {
        id: input.reviewId, userId: actor.id, cardId: input.cardId, kind: "review", rating: input.rating,
        previousState: before.state, verdict: grade?.verdict ?? null, score: grade?.score ?? null, answer: input.answer ?? null,
        stateBefore: { ...memoryToJson(before), leech: row?.leech ?? false }, stateAfter: memoryToJson(next),
        reviewedAt: at, durationMs: input.durationMs, payloadHash,
      },
    });
    return { ...base, status: "recorded" as const, reps: next.reps, due: next.due.toISOString(), state: next.state, verdict: grade?.verdict ?? null, leech: becameLeech || (row?.leech ?? false) };
  });
}
