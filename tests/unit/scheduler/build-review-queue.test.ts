import { describe, expect, it } from "vitest";
import { buildReviewQueue, type BuildReviewQueueInput, type QueueCard } from "@/lib/core/scheduler/build-review-queue";
import { newMemoryState, type CardStateName } from "@/lib/core/scheduler/memory-state";
import { HOUR } from "./fixtures";

// 2025-01-15 10:00 JST; the learning day 2025-01-15 ends at 2025-01-16 04:00 JST (15T19:00Z).
const now = new Date("2025-01-15T01:00:00.000Z");
const DAY_END = new Date("2025-01-15T19:00:00.000Z");

let nextId = 0;
function card(overrides: Partial<QueueCard> & { state?: CardStateName; due?: Date } = {}): QueueCard {
  const { state, due, ...rest } = overrides;
  const id = `c${++nextId}`;
  const memory = state && state !== "new" ? { ...newMemoryState(now), state, due: due ?? now, reps: 2 } : null;
  return {
    id,
    itemId: `item-${id}`,
    deckId: "deck-a",
    position: nextId,
    memory,
    suspended: false,
    buriedUntilDay: null,
    leech: false,
    ...rest,
  };
}

function queue(cards: QueueCard[], extra: Partial<BuildReviewQueueInput> = {}) {
  return buildReviewQueue({
    now,
    timeZone: "Asia/Tokyo",
    rolloverHour: 4,
    cards,
    limits: new Map(),
    doneToday: new Map(),
    reviewedTodayItemIds: new Set(),
    ...extra,
  });
}

const ids = (cards: QueueCard[]) => cards.map((c) => c.id);

describe("buildReviewQueue: new cards", () => {
  it("new cards come in the order of the notes within the daily limit", () => {
    const cards = [30, 10, 20, 40].map((position) => card({ position }));
    const q = queue(cards, { limits: new Map([["deck-a", { newPerDay: 3, reviewsPerDay: 200 }]]) });
    expect(q.new.map((c) => c.position)).toEqual([10, 20, 30]);
    expect(q.counts.new).toBe(3);
  });

  it("new cards introduced earlier today count against the limit", () => {
    const cards = Array.from({ length: 5 }, () => card());
    const q = queue(cards, {
      limits: new Map([["deck-a", { newPerDay: 4, reviewsPerDay: 200 }]]),
      doneToday: new Map([["deck-a", { newDone: 3, reviewsDone: 0 }]]),
    });
    expect(ids(q.new)).toEqual([cards[0].id]);
  });

  it("a deck without limits gets 20 new cards a day", () => {
    const q = queue(Array.from({ length: 25 }, () => card()));
    expect(q.new).toHaveLength(20);
  });

  it("each deck has its own limits", () => {
    const a = Array.from({ length: 3 }, () => card({ deckId: "deck-a" }));
    const b = Array.from({ length: 3 }, () => card({ deckId: "deck-b" }));
    const q = queue([...a, ...b], {
      limits: new Map([
        ["deck-a", { newPerDay: 1, reviewsPerDay: 200 }],
        ["deck-b", { newPerDay: 2, reviewsPerDay: 200 }],
      ]),
    });
    expect(ids(q.new)).toEqual([a[0].id, b[0].id, b[1].id]);
  });
});

describe("buildReviewQueue: reviews", () => {
  it("reviews due by the end of the learning day are queued, earliest due first", () => {
    const late = card({ state: "review", due: new Date(DAY_END.getTime() - 1) });
    const overdue = card({ state: "review", due: new Date(now.getTime() - 3 * 24 * HOUR) });
    const tomorrow = card({ state: "review", due: DAY_END });
    const q = queue([late, tomorrow, overdue]);
    expect(ids(q.review)).toEqual([overdue.id, late.id]);
  });

  it("reviews beyond the daily limit wait for another day", () => {
    const cards = Array.from({ length: 4 }, (_, i) =>
      card({ state: "review", due: new Date(now.getTime() - i * HOUR) }),
    );
    const q = queue(cards, {
      limits: new Map([["deck-a", { newPerDay: 20, reviewsPerDay: 5 }]]),
      doneToday: new Map([["deck-a", { newDone: 0, reviewsDone: 3 }]]),
    });
    expect(ids(q.review)).toEqual([cards[3].id, cards[2].id]);
    expect(q.counts.review).toBe(2);
  });
});

describe("buildReviewQueue: learning cards", () => {
  it("learning cards due later today stay in the queue", () => {
    const dueNow = card({ state: "learning", due: new Date(now.getTime() - 60_000) });
    const inTenMinutes = card({ state: "relearning", due: new Date(now.getTime() + 600_000) });
    const q = queue([inTenMinutes, dueNow]);
    expect(ids(q.learning)).toEqual([dueNow.id, inTenMinutes.id]);
    expect(q.nextLearningDue?.toISOString()).toBe(inTenMinutes.memory!.due.toISOString());
  });

  it("learning cards due after the rollover wait for tomorrow", () => {
    const q = queue([card({ state: "learning", due: DAY_END })]);
    expect(q.learning).toEqual([]);
    expect(q.nextLearningDue).toBeNull();
  });

  it("learning cards are not held back by the review limit", () => {
    const cards = Array.from({ length: 3 }, () => card({ state: "learning" }));
    const q = queue(cards, { limits: new Map([["deck-a", { newPerDay: 0, reviewsPerDay: 0 }]]) });
    expect(q.counts.learning).toBe(3);
  });
});

describe("buildReviewQueue: burying and suspending", () => {
  it("a sibling of a card reviewed today is buried", () => {
    const sibling = card({ itemId: "item-x", state: "review" });
    const newSibling = card({ itemId: "item-x" });
    const other = card();
    const q = queue([sibling, newSibling, other], { reviewedTodayItemIds: new Set(["item-x"]) });
    expect(ids(q.review)).toEqual([]);
    expect(ids(q.new)).toEqual([other.id]);
  });

  it("only one card of an item enters the queue, the review before the new one", () => {
    const newCard = card({ itemId: "item-y" });
    const reviewCard = card({ itemId: "item-y", state: "review" });
    const q = queue([newCard, reviewCard]);
    expect(ids(q.review)).toEqual([reviewCard.id]);
    expect(q.new).toEqual([]);
  });

  it("a sibling of a card in learning is buried", () => {
    const learning = card({ itemId: "item-z", state: "learning" });
    const sibling = card({ itemId: "item-z", state: "review" });
    const q = queue([learning, sibling]);
    expect(ids(q.learning)).toEqual([learning.id]);
    expect(q.review).toEqual([]);
  });

  it("a card reviewed today keeps its own learning steps", () => {
    const learning = card({ itemId: "item-w", state: "learning" });
    const q = queue([learning], { reviewedTodayItemIds: new Set(["item-w"]) });
    expect(ids(q.learning)).toEqual([learning.id]);
  });

  it("suspended cards never enter the queue", () => {
    const cards = [
      card({ suspended: true }),
      card({ suspended: true, state: "review" }),
      card({ suspended: true, state: "learning" }),
    ];
    const q = queue(cards);
    expect(q.counts).toEqual({ new: 0, learning: 0, review: 0 });
  });

  it("a buried card stays out through its day and returns the day after", () => {
    const buriedToday = card({ state: "review", buriedUntilDay: "2025-01-15" });
    const buriedYesterday = card({ state: "review", buriedUntilDay: "2025-01-14" });
    expect(ids(queue([buriedToday, buriedYesterday]).review)).toEqual([buriedYesterday.id]);
  });

  it("leeches still come up for review", () => {
    const leech = card({ state: "review", leech: true });
    expect(ids(queue([leech]).review)).toEqual([leech.id]);
  });
});
