// Issue 18, must-show 2: a learner with 2,000 logged reviews (written by the real review writer,
// ratings drawn from a synthetic learner) asks for an optimisation the way study settings does; the
// fit runs off the request, its weights and figures are stored, the next rating is scheduled with
// them, and not one ReviewLog row changed.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { recordReview } from "@/lib/server/reviews/record-review";
import { studySettingsFor } from "@/lib/server/reviews/scheduler-settings-for";
import { requestFsrsFit } from "@/lib/server/fsrs/request-fsrs-fit";
import { kickFsrsFits } from "@/lib/server/fsrs/fsrs-fit-queue";
import { getFsrsFits } from "@/lib/server/fsrs/get-fsrs-fits";
import { queueAutoFits } from "@/lib/server/fsrs/queue-auto-fits";
import { getRetentionAdvice } from "@/lib/server/fsrs/get-retention-advice";
import { readTrainingSet } from "@/lib/server/fsrs/read-training-set";
import { runFitProcess } from "@/lib/server/fsrs/run-optimizer";
import { DEFAULT_FSRS_WEIGHTS } from "@/lib/core/scheduler/fsrs-weights";
import { buildTrainingSet } from "@/lib/core/optimizer/fsrs-training-items";
import { memoryFromRow } from "@/lib/server/reviews/memory-state-row";
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { parseFsrsWeights } from "@/lib/core/scheduler/fsrs-weights";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { reviewSeed } from "@/lib/core/scheduler/review-seed";
import type { ReviewRating } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "@/lib/server/auth/current-user";
import { simulateLearner } from "../support/synthetic-learner";

const SLUG = "fsrs-fit-deck";
const CARDS = 250;
const START = new Date("2025-06-01T00:00:00Z");
let deckId = "";
let cardIds: string[] = [];

async function learner(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.test` } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

/** Plays a synthetic learner's ratings through recordReview until `count` are recorded. */
async function logReviews(actor: Actor, count: number, skip = 0): Promise<void> {
  const ratings = simulateLearner({ seed: 7, cards: cardIds.length, days: 365, start: START });
  const reps = new Map(
    (await db.cardState.findMany({ where: { userId: actor.id }, select: { cardId: true, reps: true } })).map((s) => [
      s.cardId,
      s.reps,
    ]),
  );
  let recorded = 0;
  let seen = 0;
  for (const rating of ratings) {
    if (recorded === count) break;
    if (seen++ < skip) continue;
    const cardId = cardIds[Number(rating.cardId.slice("card-".length))];
    const input = {
      reviewId: crypto.randomUUID(),
      cardId,
      rating: rating.rating as ReviewRating,
      expectedReps: reps.get(cardId) ?? 0,
      reviewedAt: rating.reviewedAt.toISOString(),
      durationMs: 3000,
    };
    const outcome = await recordReview(actor, input, rating.reviewedAt);
    if (outcome.status !== "recorded") continue; // a leech is suspended after its 8th lapse
    reps.set(cardId, outcome.reps);
    recorded++;
  }
  expect(recorded).toBe(count);
}

const logSnapshot = (userId: string) =>
  db.reviewLog
    .findMany({ where: { userId }, orderBy: { id: "asc" } })
    .then((rows) => rows.map((row) => JSON.stringify(row)));

/** A public deck of `CARDS` self-graded basic cards (the built-in deck has too few for 2,000 reviews). */
async function createDeck(): Promise<void> {
  const deck = await db.deck.create({
    data: {
      slug: SLUG,
      title: "Fit",
      origin: "editor",
      sections: [{ id: "s", title: "S" }],
      isPublished: true,
      publishedVersion: 1,
      visibility: "public",
    },
  });
  deckId = deck.id;
  for (let position = 0; position < CARDS; position++) {
    const item = await db.item.create({
      data: {
        deckId,
        key: `item-${position}`,
        type: "basic",
        section: "s",
        position,
        body: { front: `Q${position}` },
        answer: { back: `A${position}` },
        explanation: "",
        sources: [],
        contentHash: `h${position}`,
      },
    });
    await db.card.create({
      data: { id: `${SLUG}:item-${position}#0`, deckId, itemId: item.id, ordinal: 0, kind: "front", position },
    });
  }
  cardIds = Array.from({ length: CARDS }, (_, position) => `${SLUG}:item-${position}#0`);
}

beforeAll(createDeck);

describe("optimising a learner's FSRS weights", () => {
  it("fits 2,000 logged reviews off the request, stores the weights with their figures, schedules the next rating with them and leaves the log as it was", async () => {
    const actor = await learner("fit");
    await logReviews(actor, 2000);
    const before = await logSnapshot(actor.id);
    expect(before).toHaveLength(2000);
    // Read in pages along the index, the log gives the same items as the whole log at once.
    const boundary = { timeZone: "Asia/Tokyo", rolloverHour: 4 };
    const rows = await db.reviewLog.findMany({ where: { userId: actor.id } });
    const whole = buildTrainingSet(
      rows.map((r) => ({ ...r, previousState: r.previousState as "new", undone: r.undoneAt !== null })),
      boundary,
    );
    expect(await readTrainingSet({ userId: actor.id, deckId: null }, boundary, 7)).toEqual(whole);
    const now = new Date("2026-02-01T03:00:00Z");

    const { fitId, queued } = await requestFsrsFit(actor, { deckSlug: SLUG, scope: "learner" }, now);
    expect(queued).toBe(true);
    // Asking again while it waits or runs gives the same fit, not a second one.
    expect((await requestFsrsFit(actor, { deckSlug: SLUG, scope: "learner" }, now)).fitId).toBe(fitId);
    await kickFsrsFits();

    const fit = await db.fsrsFit.findUniqueOrThrow({ where: { id: fitId } });
    expect(fit).toMatchObject({
      status: "done",
      trigger: "manual",
      applied: true,
      logCount: 2000,
      error: null,
      currentParams: null,
    });
    expect(fit.reviewCount).toBeGreaterThan(1500); // cards whose history starts with a learning step
    expect(fit.reviewCount).toBeLessThanOrEqual(2000);
    expect(fit.fittedLogLoss!).toBeLessThan(fit.currentLogLoss!);
    expect(fit.fittedRmse!).toBeLessThanOrEqual(fit.currentRmse!);
    const user = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { fsrsParams: true } });
    expect(user.fsrsParams).toBe(fit.fittedParams);
    const fitted = parseFsrsWeights(user.fsrsParams)!;
    expect(fitted).toHaveLength(21);

    const view = await getFsrsFits(actor, SLUG);
    expect(view.learner).toMatchObject({ isFitted: true, pending: false });
    expect(view.learner.fits[0]).toMatchObject({
      id: fitId,
      applied: true,
      reviewCount: fit.reviewCount,
      current: { logLoss: fit.currentLogLoss, rmse: fit.currentRmse },
    });
    expect(view.deck).toBeNull();

    // The next rating of a card in review is scheduled with the fitted weights, not the defaults.
    const settings = await studySettingsFor(actor.id, deckId);
    expect(settings.scheduler.weights).toEqual(fitted);
    const row = await db.cardState.findFirstOrThrow({
      where: { userId: actor.id, state: "review", suspended: false },
      orderBy: { stability: "desc" },
    });
    const at = new Date(Math.max(row.due.getTime(), now.getTime()));
    const expected = (weights: readonly number[] | null) =>
      scheduleReview({
        state: memoryFromRow(row, at),
        rating: 3,
        now: at,
        seed: reviewSeed(row.cardId, row.reps),
        settings: schedulerSettings({ ...settings.scheduler, weights }),
      }).next;
    expect(expected(fitted).stability).not.toBe(expected(null).stability);
    const outcome = await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId: row.cardId,
        rating: 3,
        expectedReps: row.reps,
        reviewedAt: at.toISOString(),
        durationMs: 2000,
      },
      at,
    );
    expect(outcome.status).toBe("recorded");
    const after = await db.cardState.findUniqueOrThrow({ where: { id: row.id } });
    expect(after.stability).toBe(expected(fitted).stability);
    expect(after.due.toISOString()).toBe(expected(fitted).due.toISOString());

    // The retention advice simulates with the fitted weights: more reviews per day for a higher retention.
    const advice = await getRetentionAdvice(actor, SLUG, now);
    expect(advice).toMatchObject({ isFitted: true, current: 0.9, days: 365 });
    expect(advice.points.map((p) => p.retention)).toEqual([0.75, 0.8, 0.85, 0.9, 0.95]);
    const perDay = advice.points.map((p) => p.reviewsPerDay);
    expect(perDay).toEqual([...perDay].sort((a, b) => a - b));

    // History stays as it was: the 2,000 rows are unchanged and only the new rating was added.
    const afterLog = await logSnapshot(actor.id);
    expect(afterLog).toHaveLength(2001);
    expect(afterLog.filter((r) => before.includes(r))).toHaveLength(2000);
  });

  it("a fit that fails leaves the weights in use, and is recorded with its reason", async () => {
    const actor = await learner("empty");
    const { fitId } = await requestFsrsFit(
      actor,
      { deckSlug: SLUG, scope: "learner" },
      new Date("2026-02-01T03:00:00Z"),
    );
    await kickFsrsFits();
    expect(await db.fsrsFit.findUniqueOrThrow({ where: { id: fitId } })).toMatchObject({
      status: "failed",
      error: "not-enough-reviews",
      applied: false,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: actor.id } })).fsrsParams).toBeNull();
  });

  it("a fit process that takes too long is stopped and answers why", async () => {
    const actor = await learner("slow");
    const job = {
      scope: { userId: actor.id, deckId: null },
      boundary: { timeZone: "UTC", rolloverHour: 0 },
      current: DEFAULT_FSRS_WEIGHTS,
    };
    expect(await runFitProcess(job, 1)).toEqual({ ok: false, counts: null, message: "fit process stopped after 1 ms" });
  });

  it("a deck's own weights can be fitted only while the deck has a retention of its own", async () => {
    const actor = await learner("deck");
    await expect(requestFsrsFit(actor, { deckSlug: SLUG, scope: "deck" }, new Date())).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(requestFsrsFit(null, { deckSlug: SLUG, scope: "learner" }, new Date())).rejects.toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("re-fits on its own once a learner who reviewed lately has 400 reviews, then not again before 500 more", async () => {
    const actor = await learner("auto");
    await logReviews(actor, 399);
    const lastReview = await db.reviewLog.findFirstOrThrow({
      where: { userId: actor.id },
      orderBy: { reviewedAt: "desc" },
    });
    const since = new Date(lastReview.reviewedAt.getTime() - 3_600_000);
    const now = new Date(lastReview.reviewedAt.getTime() + 60_000);
    const autoFitsOf = () => db.fsrsFit.findMany({ where: { userId: actor.id, trigger: "auto" } });
    await queueAutoFits(now, since);
    expect(await autoFitsOf()).toHaveLength(0);

    await logReviews(actor, 1, 399);
    await queueAutoFits(now, since);
    await queueAutoFits(now, since); // a second sweep (or instance) finds it open
    expect(await autoFitsOf()).toHaveLength(1);
    await kickFsrsFits();
    const [fit] = await autoFitsOf();
    expect(fit).toMatchObject({ status: "done", logCount: 400 });
    await queueAutoFits(now, since);
    expect(await autoFitsOf()).toHaveLength(1);
  });
});
