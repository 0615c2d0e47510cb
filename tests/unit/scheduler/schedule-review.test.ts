import { describe, expect, it } from "vitest";
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { daysBetween, learningDayOf } from "@/lib/core/scheduler/learning-day";
import { newMemoryState, type ReviewRating } from "@/lib/core/scheduler/memory-state";
import { previewIntervals, scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { SchedulerError } from "@/lib/core/scheduler/scheduler-error";
import { answerSequence, DAY, HOUR, noFuzz, reviewCard, TOKYO_2300, withFuzz } from "./fixtures";

const MINUTE = 60_000;
const now = TOKYO_2300;
const answer = (rating: ReviewRating, state = newMemoryState(now), at = now, settings = noFuzz, seed = "card-1:0") =>
  scheduleReview({ state, rating, now: at, settings, seed });

describe("scheduleReview: learning steps", () => {
  it("good on a new card moves to the second learning step, due in 10 minutes", () => {
    const { next } = answer(3);
    expect(next.state).toBe("learning");
    expect(next.learningSteps).toBe(1);
    expect(next.reps).toBe(1);
    expect(next.due.getTime() - now.getTime()).toBe(10 * MINUTE);
  });

  it("again on a new card repeats the first step after 1 minute", () => {
    const { next } = answer(1);
    expect(next.state).toBe("learning");
    expect(next.learningSteps).toBe(0);
    expect(next.due.getTime() - now.getTime()).toBe(1 * MINUTE);
  });

  it("custom learning steps are used", () => {
    const { next } = answer(
      1,
      newMemoryState(now),
      now,
      schedulerSettings({ enableFuzz: false, learningSteps: ["5m", "1h"] }),
    );
    expect(next.due.getTime() - now.getTime()).toBe(5 * MINUTE);
  });

  it("good on the last learning step graduates the card to review", () => {
    const first = answer(3).next;
    const { next } = answer(3, first, new Date(first.due.getTime()));
    expect(next.state).toBe("review");
    expect(next.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(next.learningSteps).toBe(0);
  });

  it("easy on a new card graduates straight to review", () => {
    const { next } = answer(4);
    expect(next.state).toBe("review");
    expect(next.scheduledDays).toBeGreaterThanOrEqual(1);
  });
});

describe("scheduleReview: review cards", () => {
  it("again on a review card starts relearning and counts a lapse", () => {
    const card = reviewCard(now, { stability: 20, daysAgo: 20, lapses: 2 });
    const { next } = answer(1, card);
    expect(next.state).toBe("relearning");
    expect(next.lapses).toBe(3);
    expect(next.stability).toBeLessThan(card.stability);
    // Relearning steps are minutes from the answer, not moved to a day start.
    expect(next.due.getTime() - now.getTime()).toBe(10 * MINUTE);
  });

  it("hard, good and easy on a review card give increasing intervals", () => {
    const card = reviewCard(now, { stability: 10, daysAgo: 10 });
    const [hard, good, easy] = ([2, 3, 4] as const).map((r) => answer(r, card).next.scheduledDays);
    expect(hard).toBeLessThan(good);
    expect(good).toBeLessThan(easy);
  });

  it("a 3-day interval lands at 04:00 Tokyo", () => {
    const { next } = answer(3, reviewCard(now, { stability: 0.5, daysAgo: 1 }));
    expect(next.scheduledDays).toBe(3);
    // Answered 2025-01-15 23:00 JST → due 2025-01-18 04:00 JST.
    expect(next.due.toISOString()).toBe("2025-01-17T19:00:00.000Z");
  });

  it("a 1-day interval answered at 23:00 Tokyo is due at 04:00 the next morning", () => {
    const hard = answer(2, reviewCard(now, { stability: 0.5, daysAgo: 0 })).next;
    expect(hard.scheduledDays).toBe(1);
    // Answered 2025-01-15 23:00 JST → due 2025-01-16 04:00 JST, five hours later.
    expect(hard.due.toISOString()).toBe("2025-01-15T19:00:00.000Z");
  });

  it("day intervals keep their length in learning days", () => {
    const { logs } = answerSequence("card-7", [3, 3, 3, 3, 1, 3, 3, 4], withFuzz);
    const dayIntervals = logs.filter((log) => log.stateAfter.state === "review");
    expect(dayIntervals.length).toBeGreaterThan(4);
    for (const log of dayIntervals) {
      const days = daysBetween(learningDayOf(log.reviewedAt), learningDayOf(log.stateAfter.due));
      expect(days).toBe(log.stateAfter.scheduledDays);
      expect(log.stateAfter.due.toISOString().slice(11)).toBe("19:00:00.000Z");
    }
  });

  it("elapsed days are counted in learning days, not UTC dates", () => {
    // Last review 00:30 JST on the 16th (still the 15th's learning day); answered 05:00 JST on
    // the 17th. UTC dates differ by one day (15th → 16th) but the learner's days by two.
    const lastReview = new Date("2025-01-15T15:30:00.000Z");
    const at = new Date("2025-01-16T20:00:00.000Z");
    const card = { ...reviewCard(at, { stability: 2 }), lastReview };
    expect(answer(3, card, at).next.elapsedDays).toBe(2);
  });

  it("the log records the state before and after the answer", () => {
    const card = reviewCard(now, { stability: 10, daysAgo: 10 });
    const { next, log } = answer(2, card, now, noFuzz, "card-9:3");
    expect(log).toMatchObject({ rating: 2, seed: "card-9:3", elapsedDays: 10 });
    expect(log.reviewedAt.getTime()).toBe(now.getTime());
    expect(log.stateBefore).toEqual(card);
    expect(log.stateAfter).toEqual(next);
  });
});

describe("scheduleReview: fuzz", () => {
  const card = reviewCard(now, { stability: 60, daysAgo: 60, reps: 6 });

  it("fuzz gives the same interval for the same card and repetition", () => {
    const a = answer(3, card, now, withFuzz, "card-42:6").next;
    const b = answer(3, card, now, withFuzz, "card-42:6").next;
    expect(b.scheduledDays).toBe(a.scheduledDays);
    expect(b.due.getTime()).toBe(a.due.getTime());
  });

  it("fuzz gives different intervals for different cards", () => {
    const intervals = new Set(
      Array.from({ length: 12 }, (_, i) => answer(3, card, now, withFuzz, `card-${i}:6`).next.scheduledDays),
    );
    expect(intervals.size).toBeGreaterThan(1);
  });

  it("fuzz stays within a few days of the unfuzzed interval", () => {
    const plain = answer(3, card, now, noFuzz).next.scheduledDays;
    for (let i = 0; i < 12; i++) {
      const fuzzed = answer(3, card, now, withFuzz, `card-${i}:6`).next.scheduledDays;
      expect(Math.abs(fuzzed - plain)).toBeLessThanOrEqual(Math.ceil(plain * 0.1));
    }
  });

  it("fuzz depends only on the seed, not on the exact answer time", () => {
    const secondLater = new Date(now.getTime() + 1000);
    for (let i = 0; i < 12; i++) {
      const a = answer(3, card, now, withFuzz, `card-${i}:6`).next;
      const b = answer(3, card, secondLater, withFuzz, `card-${i}:6`).next;
      expect(b.scheduledDays).toBe(a.scheduledDays);
    }
  });

  it("without fuzz the interval does not depend on the seed", () => {
    const a = answer(3, card, now, noFuzz, "card-1:6").next;
    const b = answer(3, card, now, noFuzz, "card-2:6").next;
    expect(b).toEqual(a);
  });
});

describe("scheduleReview: input checks", () => {
  it("an answer earlier than the card's last review is rejected", () => {
    const card = reviewCard(now, { daysAgo: 1 });
    const before = new Date(card.lastReview!.getTime() - HOUR);
    expect(() => answer(3, card, before)).toThrow(SchedulerError);
  });

  it("a rating outside 1..4 is rejected", () => {
    expect(() => answer(0 as ReviewRating)).toThrow(/rating/);
  });

  it("an empty seed is rejected", () => {
    expect(() => answer(3, newMemoryState(now), now, withFuzz, "")).toThrow(/seed/);
  });
});

describe("previewIntervals", () => {
  it("the preview shows what each rating would schedule", () => {
    const card = reviewCard(now, { stability: 30, daysAgo: 30 });
    const preview = previewIntervals({ state: card, now, settings: withFuzz, seed: "card-3:3", locale: "en" });
    expect(preview.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    for (const p of preview) {
      const { next } = answer(p.rating, card, now, withFuzz, "card-3:3");
      expect(p.due.getTime()).toBe(next.due.getTime());
      expect(p.scheduledDays).toBe(next.scheduledDays);
    }
  });

  it("learning steps are labelled in minutes", () => {
    const [again, hard, good] = previewIntervals({
      state: newMemoryState(now),
      now,
      settings: noFuzz,
      seed: "s",
      locale: "ja",
    });
    expect([again.intervalMinutes, hard.intervalMinutes, good.intervalMinutes]).toEqual([1, 6, 10]);
    expect(good.label).toBe("10分");
  });

  it("a 1-day interval is labelled one day although it is due in five hours", () => {
    const card = reviewCard(now, { stability: 0.5, daysAgo: 0 });
    const hard = previewIntervals({ state: card, now, settings: noFuzz, seed: "s", locale: "en" })[1];
    expect(hard.due.getTime() - now.getTime()).toBe(5 * HOUR);
    expect(hard.intervalMinutes).toBe(DAY / MINUTE);
    expect(hard.label).toBe("1d");
  });
});
