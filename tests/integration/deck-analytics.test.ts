// Deck analytics against a real SQLite file, with every review written by the real recordReview
// (and undone by the real undoReview) and quiz answers by the real quiz functions.
import crypto from "node:crypto";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDeckError } from "@/lib/core/content";
import { retrievabilityAt, schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import type { ReviewRating } from "@/lib/core/scheduler/memory-state";
import { getDeckAnalytics, type DeckAnalytics } from "@/lib/server/analytics/get-deck-analytics";
import type { Actor, Role } from "@/lib/server/auth/current-user";
import { db } from "@/lib/server/db";
import { readDeckFolder } from "@/lib/server/decks/read-deck-folder";
import { syncContentDecks, syncDeck } from "@/lib/server/decks/sync-deck";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { submitQuizAnswer } from "@/lib/server/quizzes/submit-quiz-answer";
import { recordReview } from "@/lib/server/reviews/record-review";
import { undoReview } from "@/lib/server/reviews/undo-review";
import { memoryFromRow } from "@/lib/server/reviews/memory-state-row";

const BUILT_IN = "kubernetes-workloads";
const OWNED = "every-type";
const NOW = new Date("2026-03-31T12:00:00Z");
const daysAgo = (days: number, minutes = 0) => new Date(NOW.getTime() - days * 86_400_000 + minutes * 60_000);

async function person(role: Role, label: string = role): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.test`, role } });
  return { id: user.id, email: user.email, role, name: null };
}

/** Rates a card the way the review screen does, with the reps the learner currently has; returns the review id. */
async function rate(actor: Actor, cardId: string, rating: ReviewRating, at: Date, answer?: string): Promise<string> {
  const state = await db.cardState.findUnique({ where: { userId_cardId: { userId: actor.id, cardId } } });
  const reviewId = crypto.randomUUID();
  const outcome = await recordReview(
    actor,
    {
      reviewId,
      cardId,
      rating,
      expectedReps: state?.reps ?? 0,
      reviewedAt: at.toISOString(),
      durationMs: 3000,
      answer,
    },
    at,
  );
  expect(outcome.status).toBe("recorded");
  return reviewId;
}

async function cardOf(type: string, kind: string, skip = 0) {
  const cards = await db.card.findMany({
    where: { deck: { slug: BUILT_IN }, kind, retiredAt: null, item: { type } },
    orderBy: { position: "asc" },
    include: { item: true },
  });
  return cards[skip];
}

let owner: Actor, otherInstructor: Actor, admin: Actor, learners: Actor[];
let frontA: Awaited<ReturnType<typeof cardOf>>,
  frontB: Awaited<ReturnType<typeof cardOf>>,
  frontC: Awaited<ReturnType<typeof cardOf>>,
  typed: Awaited<ReturnType<typeof cardOf>>;
let quizItemId = "";
let report: DeckAnalytics;
const item = (id: string) => report.items.find((i) => i.itemId === id)!;

beforeAll(async () => {
  await syncContentDecks();
  const folder = readDeckFolder(path.resolve("tests/fixtures/decks/valid", OWNED));
  if (!folder.result.ok) throw new Error(folder.result.errors.map(formatDeckError).join("\n"));
  await syncDeck(folder.result.deck, { origin: "content", sourceFiles: folder.files });
  [owner, otherInstructor, admin] = [
    await person("instructor", "owner"),
    await person("instructor", "other"),
    await person("admin"),
  ];
  // An instructor's deck would come from the editor; a synced fixture with an owner is the same row.
  await db.deck.update({ where: { slug: OWNED }, data: { ownerId: owner.id, origin: "editor" } });
  learners = [];
  for (let i = 0; i < 5; i++) learners.push(await person("learner", `learner${i}`));
  const [l1, l2, l3, l4, l5] = learners;
  [frontA, frontB, frontC, typed] = [
    await cardOf("basic", "front", 0),
    await cardOf("basic", "front", 1),
    await cardOf("basic", "front", 2),
    await cardOf("typed", "typed", 0),
  ];

  // Item A: 6 live reviews, 4 of them Again; one more Again undone.
  for (const [learner, ratings] of [
    [l1, [1, 1]],
    [l2, [1, 3]],
    [l3, [1, 3]],
  ] as const) {
    for (const [i, r] of ratings.entries()) await rate(learner, frontA.id, r, daysAgo(2, i * 10));
  }
  await undoReview(l1, await rate(l1, frontA.id, 1, daysAgo(2, 30)), daysAgo(2, 31));

  // Retention: Easy sends a new card straight to Review; the next rating is a Review-state review.
  for (const learner of [l1, l2, l3]) await rate(learner, frontB.id, 4, daysAgo(10));
  await rate(l1, frontB.id, 3, daysAgo(5)); // passed
  await rate(l2, frontB.id, 1, daysAgo(5)); // lapsed
  await undoReview(l3, await rate(l3, frontB.id, 1, daysAgo(5)), daysAgo(5, 1)); // undone: not counted
  await rate(l1, frontC.id, 4, daysAgo(45));
  await rate(l1, frontC.id, 3, daysAgo(40)); // a Review-state review before the 30-day window

  // Typed item, before the window: 6 reviews, 5 graded, 2 of those rated other than proposed.
  const right = (typed.item.answer as { answer: string }).answer;
  const wrong = "zzzz qqqq xxxx";
  await rate(l1, typed.id, 3, daysAgo(60), right); // correct → Good: as proposed
  await rate(l1, typed.id, 4, daysAgo(59), right); // correct → Easy: override
  await rate(l1, typed.id, 3, daysAgo(58), wrong); // incorrect → Good: override
  await rate(l1, typed.id, 1, daysAgo(57), wrong); // incorrect → Again: as proposed
  await rate(l1, typed.id, 3, daysAgo(56), right); // correct → Good: as proposed
  await rate(l1, typed.id, 2, daysAgo(55)); // revealed without typing: no verdict

  await rate(l4, frontC.id, 3, daysAgo(100)); // a learner who stopped long ago
  await undoReview(l5, await rate(l5, frontC.id, 3, daysAgo(1)), daysAgo(1, 1)); // a learner whose only review was undone

  // Quiz: the first true/false item answered wrong 3 times in 5.
  for (const [i, learner] of learners.entries()) {
    const { attemptId } = await createQuiz(
      learner,
      { deckSlug: BUILT_IN, sections: [], types: ["truefalse"], length: 50, mode: "practice" },
      daysAgo(3),
    );
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    const questions = (attempt.plan as { questions: { itemId: string }[] }).questions;
    const target = await db.item.findFirstOrThrow({
      where: { deck: { slug: BUILT_IN }, type: "truefalse", retiredAt: null },
      orderBy: { position: "asc" },
    });
    quizItemId = target.id;
    const truth = (target.answer as { answer: boolean }).answer;
    await submitQuizAnswer(
      learner,
      attemptId,
      questions.findIndex((q) => q.itemId === target.id),
      { value: i < 3 ? !truth : truth },
      daysAgo(3),
    );
  }
  report = await getDeckAnalytics(otherInstructor, BUILT_IN, NOW);
});

describe("deck analytics", () => {
  it("counts learners with a live review in the last 90 days and ever, ignoring undone reviews", () => {
    expect(report.learners).toEqual({ recent: 3, total: 4 });
  });

  it("counts reviews per UTC day over 30 days, zero-filled, without undone reviews", () => {
    expect(report.reviewsPerDay).toHaveLength(30);
    expect(report.reviewsPerDay[0].day).toBe("2026-03-02");
    expect(report.reviewsPerDay.at(-1)).toEqual({ day: "2026-03-31", count: 0 });
    const byDay = Object.fromEntries(report.reviewsPerDay.filter((d) => d.count > 0).map((d) => [d.day, d.count]));
    expect(byDay).toEqual({ "2026-03-21": 3, "2026-03-26": 2, "2026-03-29": 6 });
    expect(report.reviewsRecent).toBe(11);
  });

  it("retention is the share of Review-state reviews in the window not rated Again", () => {
    expect(report.retentionReviews).toBe(2);
    expect(report.retention).toBe(0.5);
  });

  it("gives each item its reviews and Again rate and flags an item mostly rated Again", () => {
    expect(item(frontA.itemId)).toMatchObject({ reviews: 6, againRate: 4 / 6, key: frontA.item.key });
    expect(item(frontA.itemId).flags).toEqual([{ code: "many-agains", rate: 4 / 6, count: 6, threshold: 0.5 }]);
  });

  it("counts grader overrides among graded reviews only and flags an item learners often overrule", async () => {
    const verdicts = await db.reviewLog.findMany({
      where: { cardId: typed.id },
      orderBy: { reviewedAt: "asc" },
      select: { verdict: true },
    });
    expect(verdicts.map((v) => v.verdict)).toEqual(["correct", "correct", "incorrect", "incorrect", "correct", null]);
    expect(item(typed.itemId)).toMatchObject({ reviews: 6, gradedReviews: 5, overrideRate: 2 / 5, againRate: 1 / 6 });
    expect(item(typed.itemId).flags.map((f) => f.code)).toEqual(["many-overrides"]);
  });

  it("gives quiz answers and miss rate per item and flags a question mostly missed", () => {
    expect(item(quizItemId)).toMatchObject({ quizAnswers: 5, quizMissRate: 0.6, reviews: 0, againRate: null });
    expect(item(quizItemId).flags.map((f) => f.code)).toEqual(["many-misses"]);
  });

  it("averages the scheduler's recall probability now over the learners who studied the item", async () => {
    const states = await db.cardState.findMany({ where: { cardId: frontB.id, lastReview: { not: null } } });
    expect(states).toHaveLength(3);
    const expected =
      states.map((s) => retrievabilityAt(memoryFromRow(s, NOW), NOW, schedulerSettings())).reduce((a, b) => a + b) / 3;
    expect(item(frontB.itemId).avgRecall).toBeCloseTo(expected, 12);
    expect(item(frontB.itemId).avgRecall).toBeGreaterThan(0);
    expect(item(frontB.itemId).avgRecall).toBeLessThan(1);
    expect(item(quizItemId).avgRecall).toBeNull();
  });

  it("lists every live item once, flagged items first, then by Again rate", async () => {
    const live = await db.item.count({ where: { deck: { slug: BUILT_IN }, retiredAt: null } });
    expect(report.items).toHaveLength(live);
    const flagged = report.items.filter((i) => i.flags.length > 0).map((i) => i.itemId);
    expect(new Set(flagged)).toEqual(new Set([frontA.itemId, typed.itemId, quizItemId]));
    expect(report.items.slice(0, 3).map((i) => i.itemId)).toEqual([frontA.itemId, typed.itemId, quizItemId]);
    expect(report.items[3].itemId).toBe(frontB.itemId); // 1 Again in 4 reviews, the highest of the rest
    expect(report.items.every((i) => i.excerpt.length > 0)).toBe(true);
  });
});

describe("who may see a deck's analytics", () => {
  it("built-in decks: any instructor or admin, not a learner", async () => {
    await expect(getDeckAnalytics(admin, BUILT_IN, NOW)).resolves.toMatchObject({ learners: { total: 4 } });
    await expect(getDeckAnalytics(owner, BUILT_IN, NOW)).resolves.toMatchObject({ learners: { total: 4 } });
    await expect(getDeckAnalytics(learners[0], BUILT_IN, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an instructor's deck: its owner and admins; a learner or another instructor get NOT_FOUND as for a missing deck", async () => {
    await expect(getDeckAnalytics(owner, OWNED, NOW)).resolves.toMatchObject({
      deck: { slug: OWNED },
      learners: { total: 0 },
      retention: null,
    });
    await expect(getDeckAnalytics(admin, OWNED, NOW)).resolves.toMatchObject({ deck: { slug: OWNED } });
    await expect(getDeckAnalytics(otherInstructor, OWNED, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDeckAnalytics(learners[0], OWNED, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDeckAnalytics(owner, "no-such-deck", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDeckAnalytics(null, OWNED, NOW)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("leaves retired items out", async () => {
    const retired = await db.item.findFirstOrThrow({ where: { deck: { slug: OWNED } }, orderBy: { position: "asc" } });
    await db.item.update({ where: { id: retired.id }, data: { retiredAt: NOW } });
    const owned = await getDeckAnalytics(owner, OWNED, NOW);
    expect(owned.items.map((i) => i.itemId)).not.toContain(retired.id);
    expect(owned.items).toHaveLength(await db.item.count({ where: { deck: { slug: OWNED }, retiredAt: null } }));
  });
});
