// The review write path against a real SQLite file: idempotent retries, stale-state refusals,
// append-only logs whose replay reproduces every stored state, undo, and leeches.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import { recordReviews } from "@/lib/server/reviews/record-reviews";
import { undoReview } from "@/lib/server/reviews/undo-review";
import { listLeeches } from "@/lib/server/reviews/list-leeches";
import { getReviewQueue } from "@/lib/server/reviews/get-review-queue";
import { memoryFromRow } from "@/lib/server/reviews/memory-state-row";
import { reviewSeed } from "@/lib/core/scheduler/review-seed";
import { studySettingsFor } from "@/lib/server/reviews/scheduler-settings-for";
import { replayReviews } from "@/lib/core/scheduler/undo-review";
import {
  isSameMemoryState,
  memoryStateSchema,
  newMemoryState,
  type ReviewRating,
} from "@/lib/core/scheduler/memory-state";
import type { Actor } from "@/lib/server/auth/current-user";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";

const START = new Date("2026-03-01T01:00:00Z");
let cardIds: string[] = [];
let deckId = "";

async function learner(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.test` } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

const review = (cardId: string, expectedReps: number, rating: ReviewRating, at: Date): SubmitReviewInput => ({
  reviewId: crypto.randomUUID(),
  cardId,
  rating,
  expectedReps,
  reviewedAt: at.toISOString(),
  durationMs: 4000,
});

beforeAll(async () => {
  await syncContentDecks();
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: "kubernetes-workloads" }, select: { id: true } });
  deckId = deck.id;
  cardIds = (
    await db.card.findMany({
      where: { deckId, retiredAt: null, kind: { in: ["front", "reverse", "cloze"] } },
      orderBy: { position: "asc" },
      select: { id: true },
    })
  ).map((c) => c.id);
});

describe("recording reviews", () => {
  it("1,000 reviews each submitted twice at the same moment leave exactly 1,000 log rows, and every card's log replays to its stored state", async () => {
    const actor = await learner("twice");
    const cards = cardIds.slice(0, 50);
    const ratings: ReviewRating[] = [3, 1, 3, 2, 4, 3, 1, 3, 3, 2, 3, 4, 1, 3, 3, 3, 2, 3, 3, 4];
    let outcomes = { recorded: 0, duplicate: 0 };
    for (let round = 0; round < 20; round++) {
      const at = new Date(START.getTime() + round * 2 * 86_400_000);
      await Promise.all(
        cards.map(async (cardId, i) => {
          const input = review(cardId, round, ratings[(round + i) % ratings.length], at);
          const [first, second] = await Promise.all([recordReview(actor, input, at), recordReview(actor, input, at)]);
          for (const outcome of [first, second]) {
            expect(["recorded", "duplicate"]).toContain(outcome.status);
            outcomes = { ...outcomes, [outcome.status]: outcomes[outcome.status as "recorded"] + 1 };
          }
        }),
      );
    }
    expect(outcomes).toEqual({ recorded: 1000, duplicate: 1000 });
    expect(await db.reviewLog.count({ where: { userId: actor.id } })).toBe(1000);

    const settings = (await studySettingsFor(actor.id, deckId)).scheduler;
    for (const cardId of cards) {
      const logs = await db.reviewLog.findMany({
        where: { userId: actor.id, cardId, undoneAt: null },
        orderBy: { reviewedAt: "asc" },
      });
      const replayed = replayReviews(
        newMemoryState(START),
        logs.map((log, reps) => ({
          rating: log.rating as ReviewRating,
          reviewedAt: log.reviewedAt,
          seed: reviewSeed(cardId, reps),
        })),
        settings,
      );
      const stored = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: actor.id, cardId } } });
      expect(isSameMemoryState(replayed, memoryFromRow(stored, START))).toBe(true);
      expect(memoryStateSchema.parse(logs.at(-1)!.stateAfter).reps).toBe(stored.reps);
    }
  });

  it("answers a retry with the first result and refuses the same id with a different payload", async () => {
    const actor = await learner("retry");
    const input = review(cardIds[0], 0, 3, START);
    const first = await recordReview(actor, input, START);
    const retry = await recordReview(actor, input, START);
    expect(first.status).toBe("recorded");
    expect(retry).toEqual({ ...first, status: "duplicate" });
    const tampered = await recordReview(actor, { ...input, rating: 4 }, START);
    expect(tampered.status).toBe("mismatch");
    const someoneElse = await recordReview(await learner("thief"), input, START);
    expect(someoneElse.status).toBe("mismatch");
    expect(await db.reviewLog.count({ where: { id: input.reviewId } })).toBe(1);
  });

  it("refuses a rating made against an out-of-date card state", async () => {
    const actor = await learner("stale");
    await recordReview(actor, review(cardIds[1], 0, 3, START), START);
    const stale = await recordReview(actor, review(cardIds[1], 0, 4, START), START);
    expect(stale).toMatchObject({ status: "conflict", code: "stale-state", reps: 1 });
    expect(await db.reviewLog.count({ where: { userId: actor.id } })).toBe(1);
  });

  it("undo restores the state before the rating exactly and keeps the log row, marked undone", async () => {
    const actor = await learner("undo");
    const cardId = cardIds[2];
    await recordReview(actor, review(cardId, 0, 3, START), START);
    const before = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: actor.id, cardId } } });
    const second = review(cardId, 1, 1, new Date(START.getTime() + 600_000));
    await recordReview(actor, second, new Date(START.getTime() + 600_000));
    await undoReview(actor, second.reviewId, new Date(START.getTime() + 700_000));
    const after = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: actor.id, cardId } } });
    expect(isSameMemoryState(memoryFromRow(after, START), memoryFromRow(before, START))).toBe(true);
    const log = await db.reviewLog.findUniqueOrThrow({ where: { id: second.reviewId } });
    expect(log.undoneAt).not.toBeNull();
    await expect(undoReview(actor, second.reviewId, START)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(undoReview(await learner("other"), log.id, START)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("the 8th lapse suspends the card as a leech and it leaves the queue", async () => {
    const actor = await learner("leech");
    const cardId = cardIds[3];
    let at = START;
    let reps = 0;
    let lapses = 0;
    let last;
    while (lapses < 8) {
      const state = await db.cardState.findUnique({ where: { userId_cardId: { userId: actor.id, cardId } } });
      const rating: ReviewRating = state?.state === "review" ? 1 : 3;
      last = await recordReview(actor, review(cardId, reps, rating, at), at);
      reps++;
      const next = await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: actor.id, cardId } } });
      lapses = next.lapses;
      at = new Date(next.due.getTime() + 60_000);
    }
    expect(last).toMatchObject({ status: "recorded", leech: true });
    expect(
      await db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: actor.id, cardId } } }),
    ).toMatchObject({ leech: true, suspended: true });
    const queue = await getReviewQueue({ actor, deckSlug: "kubernetes-workloads", now: at, limit: 5 });
    expect(queue.cards.map((c) => c.cardId)).not.toContain(cardId);
    const leeches = await listLeeches(actor);
    expect(leeches).toEqual([expect.objectContaining({ cardId, lapses: 8, suspended: true })]);
    expect(leeches[0].promptHtml.length).toBeGreaterThan(0);
  });

  it("a batch answers every review, invalid ones included", async () => {
    const actor = await learner("batch");
    const good = review(cardIds[4], 0, 3, START);
    const results = await recordReviews(actor, [good, good, { reviewId: "not-a-uuid" }], START);
    expect(results.map((r) => r.status)).toEqual(["recorded", "duplicate", "invalid"]);
  });

  it("new cards answered today count against the daily limit, and yesterday's do not", async () => {
    const actor = await learner("limit");
    const yesterday = new Date(START.getTime() - 86_400_000);
    await recordReview(actor, review(cardIds[10], 0, 3, yesterday), yesterday);
    for (const cardId of cardIds.slice(11, 14)) await recordReview(actor, review(cardId, 0, 3, START), START);
    const queue = await getReviewQueue({ actor, deckSlug: "kubernetes-workloads", now: START, limit: 1 });
    expect(queue.counts.new).toBe(17);
    expect(queue.counts.learning).toBeGreaterThanOrEqual(3);
  });

  it("the queue never sends an answer side to the browser", async () => {
    const actor = await learner("queue");
    const queue = await getReviewQueue({ actor, deckSlug: "kubernetes-workloads", now: START, limit: 5 });
    expect(queue.cards).toHaveLength(5);
    expect(queue.counts.new).toBe(20);
    for (const card of queue.cards) {
      const item = await db.card.findUniqueOrThrow({
        where: { id: card.cardId },
        select: { kind: true, item: { select: { answer: true } } },
      });
      const secret =
        (item.item.answer as { back?: string; answer?: string }).back ??
        (item.item.answer as { answer?: string }).answer;
      if (secret && item.kind === "front") expect(JSON.stringify(card)).not.toContain(secret.slice(0, 30));
    }
  });
});
