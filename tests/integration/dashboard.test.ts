// The learner's dashboard against a real SQLite file: reviews recorded with the real write path at
// chosen instants, days in the learner's zone (Asia/Tokyo, rollover 04:00, the defaults).
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import { undoReview } from "@/lib/server/reviews/undo-review";
import { getReviewQueue } from "@/lib/server/reviews/get-review-queue";
import { getDashboard, type Dashboard } from "@/lib/server/stats/get-dashboard";
import type { ReviewRating } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "@/lib/server/auth/current-user";

const SLUG = "kubernetes-workloads";
// 12:00 in Tokyo on 10 March 2026: learning day 2026-03-10.
const NOW = new Date("2026-03-10T03:00:00Z");
let deckId = "";
let cards: { id: string; section: string }[] = [];

async function learner(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.test` } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

/** Rates a card at `at` with the real write path; returns the review id. */
async function rate(actor: Actor, cardId: string, rating: ReviewRating, at: string): Promise<string> {
  const state = await db.cardState.findUnique({
    where: { userId_cardId: { userId: actor.id, cardId } },
    select: { reps: true },
  });
  const reviewId = crypto.randomUUID();
  const outcome = await recordReview(
    actor,
    { reviewId, cardId, rating, expectedReps: state?.reps ?? 0, reviewedAt: at, durationMs: 3000 },
    new Date(at),
  );
  expect(outcome.status).toBe("recorded");
  return reviewId;
}

const heat = (dashboard: Dashboard, day: string) => dashboard.heatmap.find((c) => c.day === day)?.count;

beforeAll(async () => {
  await syncContentDecks();
  deckId = (await db.deck.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } })).id;
  const rows = await db.card.findMany({
    where: { deckId, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, item: { select: { section: true } } },
  });
  cards = rows.map((r) => ({ id: r.id, section: r.item.section }));
});

describe("learner dashboard", () => {
  let alice: Actor;
  let dashboard: Dashboard;

  beforeAll(async () => {
    alice = await learner("alice");
    // Two cards learned with Easy on 20 Feb go straight to the review state.
    await rate(alice, cards[0].id, 4, "2026-02-20T01:00:00Z");
    await rate(alice, cards[1].id, 4, "2026-02-20T01:05:00Z");
    await rate(alice, cards[2].id, 3, "2026-03-06T01:00:00Z");
    // Undone: 7 March must stay a gap.
    await undoReview(
      alice,
      await rate(alice, cards[3].id, 3, "2026-03-07T01:00:00Z"),
      new Date("2026-03-07T01:01:00Z"),
    );
    // 03:30 in Tokyo on 9 March is still learning day 8 March.
    await rate(alice, cards[4].id, 3, "2026-03-08T18:30:00Z");
    // 04:00 sharp in Tokyo on 9 March starts learning day 9 March.
    await rate(alice, cards[0].id, 3, "2026-03-08T19:00:00Z");
    await rate(alice, cards[1].id, 1, "2026-03-10T01:00:00Z");
    await rate(alice, cards[5].id, 3, "2026-03-10T01:10:00Z");
    // Someone else studying on 7 March does not fill Alice's gap.
    await rate(await learner("bob"), cards[6].id, 3, "2026-03-07T02:00:00Z");
    dashboard = await getDashboard(alice, NOW);
  });

  it("counts reviews per learning day in the learner's zone, without undone reviews or other learners", () => {
    expect(dashboard.today).toBe("2026-03-10");
    expect(dashboard.heatmap).toHaveLength(365);
    expect([
      heat(dashboard, "2026-02-20"),
      heat(dashboard, "2026-03-06"),
      heat(dashboard, "2026-03-07"),
      heat(dashboard, "2026-03-08"),
      heat(dashboard, "2026-03-09"),
      heat(dashboard, "2026-03-10"),
    ]).toEqual([2, 1, 0, 1, 1, 2]);
    expect(dashboard.reviewsToday).toBe(2);
    expect(dashboard.reviewsInYear).toBe(7);
  });

  it("the streak runs back from today to the undone day", () => {
    expect(dashboard.streak).toEqual({ days: 3, includesToday: true, isOpenEnded: false });
  });

  it("a streak ending yesterday still counts the next morning, and is gone a day later", async () => {
    expect((await getDashboard(alice, new Date("2026-03-11T03:00:00Z"))).streak).toMatchObject({
      days: 3,
      includesToday: false,
    });
    expect((await getDashboard(alice, new Date("2026-03-12T03:00:00Z"))).streak.days).toBe(0);
  });

  it("true retention counts only reviews of cards in the review state, per ISO week", () => {
    const week = dashboard.retention.at(-1)!;
    expect(week).toMatchObject({ weekStart: "2026-03-09", total: 2, passed: 1, rate: 0.5 });
    // The first answers on 20 February were of new cards: no retention that week.
    expect(dashboard.retention.find((w) => w.weekStart === "2026-02-16")).toMatchObject({ total: 0, rate: null });
  });

  it("due today per deck is what the review screen counts", async () => {
    const queue = await getReviewQueue({ actor: alice, deckSlug: SLUG, now: NOW });
    expect(dashboard.decks.find((d) => d.slug === SLUG)?.dueToday).toEqual(queue.counts);
  });

  it("the forecast puts every answered card on its due day, overdue ones today, for 30 days", async () => {
    // The undone first answer left its card in the new state: not due, it waits with the new cards.
    const states = await db.cardState.findMany({
      where: { userId: alice.id, state: { not: "new" } },
      select: { due: true },
    });
    const horizon = new Date("2026-04-08T19:00:00Z").getTime(); // end of learning day 2026-04-08
    expect(dashboard.forecast).toHaveLength(30);
    expect(dashboard.forecast[0].day).toBe("2026-03-10");
    expect(dashboard.forecast.reduce((sum, d) => sum + d.count, 0)).toBe(
      states.filter((s) => s.due.getTime() < horizon).length,
    );
  });

  it("refuses a visitor who is not signed in", async () => {
    await expect(getDashboard(null, NOW)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("forecast and mastery from stored card states", () => {
  const state = (
    userId: string,
    cardId: string,
    fields: { state: string; stability: number; due: string; suspended?: boolean },
  ) =>
    db.cardState.create({
      data: {
        userId,
        cardId,
        due: new Date(fields.due),
        stability: fields.stability,
        difficulty: 5,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 3,
        lapses: 0,
        state: fields.state,
        lastReview: new Date("2026-03-01T00:00:00Z"),
        suspended: fields.suspended ?? false,
      },
    });

  it("overdue cards count today, a due time before 04:00 belongs to the day before, suspended cards not at all", async () => {
    const carol = await learner("carol");
    await state(carol.id, cards[0].id, { state: "review", stability: 30, due: "2026-02-01T00:00:00Z" }); // overdue
    await state(carol.id, cards[1].id, { state: "learning", stability: 1, due: "2026-03-10T05:00:00Z" }); // later today
    await state(carol.id, cards[2].id, { state: "review", stability: 10, due: "2026-03-12T18:59:00Z" }); // 03:59 JST on the 13th
    await state(carol.id, cards[3].id, {
      state: "review",
      stability: 10,
      due: "2026-03-11T00:00:00Z",
      suspended: true,
    });
    await state(carol.id, cards[4].id, { state: "review", stability: 90, due: "2026-06-01T00:00:00Z" }); // beyond 30 days
    const { forecast } = await getDashboard(carol, NOW);
    expect(forecast.filter((d) => d.count > 0)).toEqual([
      { day: "2026-03-10", count: 2 },
      { day: "2026-03-12", count: 1 },
    ]);
  });

  it("a section's cards are mature from a stability of 21 days, and only this learner's states count", async () => {
    const dave = await learner("dave");
    const section = cards[0].section;
    const inSection = cards.filter((c) => c.section === section);
    expect(inSection.length).toBeGreaterThanOrEqual(4);
    await state(dave.id, inSection[0].id, { state: "review", stability: 21, due: "2026-04-01T00:00:00Z" });
    await state(dave.id, inSection[1].id, { state: "review", stability: 20.9, due: "2026-04-01T00:00:00Z" });
    await state(dave.id, inSection[2].id, { state: "relearning", stability: 40, due: "2026-03-10T05:00:00Z" });
    const eve = await learner("eve");
    for (const card of inSection)
      await state(eve.id, card.id, { state: "review", stability: 50, due: "2026-05-01T00:00:00Z" });
    const deck = (await getDashboard(dave, NOW)).decks.find((d) => d.slug === SLUG)!;
    const mastery = deck.sections.find((s) => s.sectionId === section)!;
    expect(mastery.counts).toEqual({ new: inSection.length - 3, learning: 1, young: 1, mature: 1 });
    expect(mastery.mastered).toBeCloseTo(1 / inSection.length);
    const sectionCount = deck.sections.reduce((sum, s) => sum + s.total, 0);
    expect(sectionCount).toBe(cards.length);
  });
});
