// Today's queue read in pages (loadQueue: learning steps, cards asked for today, then the first
// review and new candidates until each limit is filled) against the queue built from every card of
// the deck (queueFromInputs over readQueueInputs, as the offline pack reads it): the same cards, in
// the same order, with the same counts — for learners with siblings claimed by today's reviews and
// learning steps, suspended and buried cards, cards asked for today, small and default limits, and
// runs of cards with equal positions and due times whose ids sort differently bytewise and by locale.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { loadQueue, presentationOrder, queueFromInputs, readQueueInputs } from "@/lib/server/reviews/load-queue";
import { studySettingsFor } from "@/lib/server/reviews/scheduler-settings-for";
import { addDays, learningDayOf } from "@/lib/core/scheduler/learning-day";
import type { ReviewQueue } from "@/lib/core/scheduler/build-review-queue";

// 12:00 in Tokyo on 10 March 2026: learning day 2026-03-10 (Asia/Tokyo, rollover 04:00, the defaults).
const NOW = new Date("2026-03-10T03:00:00Z");
const TODAY = learningDayOf(NOW);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ITEMS = 160;
let deckId = "";
const cards: { id: string; itemId: string; item: number; ordinal: number }[] = [];

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Items 100..139 share one position (so their cards tie on it) and have keys that sort differently
// bytewise ("Tie-b…" < "tie-a…") than by locale ("tie-a…" first): a page of the first rows in the
// database's order holds only "Tie-b…" cards, while buildReviewQueue takes a "tie-a…" card first.
const keyOf = (i: number) =>
  i >= 100 && i < 140 ? (i % 4 === 0 ? `tie-a${i}` : `Tie-b${i}`) : `item-${String(i).padStart(3, "0")}`;
const positionOf = (i: number) => (i >= 100 && i < 140 ? 100 : i);

beforeAll(async () => {
  const deck = await db.deck.create({
    data: {
      slug: `paged-${crypto.randomUUID()}`,
      title: "Paged queue",
      origin: "content",
      sections: [],
      isPublished: true,
      publishedVersion: 1,
      visibility: "public",
    },
  });
  deckId = deck.id;
  for (let i = 0; i < ITEMS; i += 1) {
    const item = await db.item.create({
      data: {
        deckId,
        key: keyOf(i),
        type: "basic",
        section: "s",
        position: positionOf(i),
        body: { front: `Q${i}` },
        answer: { back: `A${i}`, reversed: true },
        explanation: "",
        sources: [],
        contentHash: `h${i}`,
      },
    });
    for (const ordinal of [1, 2]) {
      // A few retired cards: never in either queue.
      const retiredAt = i % 37 === 5 && ordinal === 2 ? NOW : null;
      const card = await db.card.create({
        data: {
          id: `${deck.slug}:${keyOf(i)}#${ordinal}`,
          deckId,
          itemId: item.id,
          ordinal,
          kind: ordinal === 1 ? "front" : "reverse",
          position: positionOf(i) * 10 + ordinal,
          retiredAt,
        },
      });
      if (!retiredAt) cards.push({ id: card.id, itemId: item.id, item: i, ordinal });
    }
  }
});

type Drawn = {
  state: string;
  due: Date;
  suspended?: boolean;
  buriedUntil?: string | null;
  priorityDay?: string | null;
} | null;
type Profile = (card: (typeof cards)[number], random: () => number) => Drawn;
const SHARED_DUE = new Date(NOW.getTime() - 3 * DAY); // a run of reviews due at the same instant
const inTieRun = (item: number) => item >= 100 && item < 140;

/** Every kind of row at random: states for most cards, some suspended, buried or asked for today. */
const mixed: Profile = (card, random) => {
  if (random() < 0.3) return null;
  const r = random();
  const state = r < 0.15 ? "new" : r < 0.25 ? "learning" : r < 0.3 ? "relearning" : "review";
  const tied = inTieRun(card.item) && state === "review" && random() < 0.7;
  const due =
    state === "new"
      ? NOW
      : tied
        ? SHARED_DUE
        : new Date(NOW.getTime() + (state === "review" ? (random() * 20 - 10) * DAY : (random() * 30 - 6) * HOUR));
  const buriedUntil = random() < 0.05 ? (random() < 0.5 ? TODAY : addDays(TODAY, -1)) : null;
  const priorityDay = state === "new" && random() < 0.4 ? (random() < 0.8 ? TODAY : addDays(TODAY, -1)) : null;
  return { state, due, suspended: random() < 0.05, buriedUntil, priorityDay };
};
/** Both cards of every item overdue, one after the other: every second review candidate is claimed by its sibling. */
const overdueSiblings: Profile = (card) => ({
  state: "review",
  due: new Date(NOW.getTime() - card.item * HOUR - card.ordinal * 1000),
});
/** The first 120 items' front cards in learning: their reverse cards, the first new ones, are claimed. */
const learningFronts: Profile = (card) =>
  card.item < 120 && card.ordinal === 1 ? { state: "learning", due: new Date(NOW.getTime() + HOUR) } : null;
/** Only the tie-run items' cards are due reviews, all at the same instant and position per ordinal. */
const tiedReviews: Profile = (card) =>
  inTieRun(card.item)
    ? { state: "review", due: SHARED_DUE }
    : { state: "review", due: new Date(NOW.getTime() + 30 * DAY) };
/** Items before the tie run are learning, so the first new candidates are the tie run's. */
const tiedNew: Profile = (card) =>
  card.item < 100 ? { state: "learning", due: new Date(NOW.getTime() + 30 * DAY) } : null;

/** A learner with the profile's states, 30 reviews over the last days (20 of them today), and the given daily limits. */
async function learnerWithHistory(
  profile: Profile,
  seed: number,
  limits: { newPerDay: number; reviewsPerDay: number } | null,
): Promise<string> {
  const random = seeded(seed);
  const user = await db.user.create({ data: { email: `paged-${crypto.randomUUID()}@example.test` } });
  if (limits) await db.userDeckSetting.create({ data: { userId: user.id, deckId, ...limits } });
  const states = cards.flatMap((card) => {
    const drawn = profile(card, random);
    if (!drawn) return [];
    const { state, due } = drawn;
    return [
      {
        userId: user.id,
        cardId: card.id,
        due,
        stability: 5,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 3,
        learningSteps: 0,
        reps: state === "new" ? 0 : 3,
        lapses: 0,
        state,
        lastReview: state === "new" ? null : new Date(NOW.getTime() - 2 * DAY),
        suspended: drawn.suspended ?? false,
        buriedUntil: drawn.buriedUntil ?? null,
        priorityDay: drawn.priorityDay ?? null,
        leech: false,
      },
    ];
  });
  await db.cardState.createMany({ data: states });
  const logs = Array.from({ length: profile === mixed ? 30 : 0 }, (_, i) => {
    const card = cards[Math.floor(random() * cards.length)];
    const at = new Date(NOW.getTime() - random() * (i < 20 ? 7 * HOUR : 5 * DAY)); // today's day began at 04:00 Tokyo, 8 h before NOW
    return {
      id: crypto.randomUUID(),
      userId: user.id,
      cardId: card.id,
      kind: i % 9 === 0 ? "quiz" : "review",
      rating: 3,
      previousState: random() < 0.3 ? "new" : "review",
      stateBefore: {},
      stateAfter: {},
      reviewedAt: at,
      durationMs: 1000,
      payloadHash: "h",
      undoneAt: i % 11 === 0 ? at : null,
    };
  });
  await db.reviewLog.createMany({ data: logs });
  return user.id;
}

const ids = (queue: ReviewQueue) => ({
  learning: queue.learning.map((c) => c.id),
  review: queue.review.map((c) => c.id),
  new: queue.new.map((c) => c.id),
  counts: queue.counts,
  nextLearningDue: queue.nextLearningDue?.toISOString() ?? null,
  shown: presentationOrder(queue, NOW).map((c) => c.id),
});

describe("today's queue read in pages", () => {
  const cases: [string, Profile, number, { newPerDay: number; reviewsPerDay: number } | null][] = [
    ["mixed rows, default limits", mixed, 1, null],
    ["mixed rows, small limits that the first pages fill", mixed, 2, { newPerDay: 3, reviewsPerDay: 5 }],
    ["mixed rows, limits larger than every candidate", mixed, 4, { newPerDay: 500, reviewsPerDay: 500 }],
    ["mixed rows, no new cards and no reviews left", mixed, 5, { newPerDay: 0, reviewsPerDay: 0 }],
    ["mixed rows, more seeds", mixed, 7, { newPerDay: 12, reviewsPerDay: 40 }],
    ["mixed rows, more seeds", mixed, 8, null],
    ["review pages grow past claimed siblings", overdueSiblings, 9, { newPerDay: 5, reviewsPerDay: 60 }],
    ["new-card pages grow past claimed siblings", learningFronts, 10, { newPerDay: 10, reviewsPerDay: 200 }],
    [
      "a review page cut inside a run of equal due times and positions",
      tiedReviews,
      11,
      { newPerDay: 0, reviewsPerDay: 1 },
    ],
    ["a new-card page cut inside a run of equal positions", tiedNew, 12, { newPerDay: 1, reviewsPerDay: 0 }],
  ];
  it.each(cases)("equals the queue built from the whole deck: %s", async (_label, profile, seed, limits) => {
    const userId = await learnerWithHistory(profile, seed, limits);
    const settings = await studySettingsFor(userId, deckId);
    const whole = queueFromInputs(await readQueueInputs(userId, deckId, settings, NOW), deckId, settings, NOW);
    const paged = await loadQueue(userId, deckId, settings, NOW);
    expect(ids(paged)).toEqual(ids(whole));
    expect(whole.counts.learning + whole.counts.review + whole.counts.new).toBeGreaterThan(0);
  });
});
