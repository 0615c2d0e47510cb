import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEDULER_SETTINGS, retrievabilityAt, schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { DEFAULT_FSRS_WEIGHTS, parseFsrsWeights, serializeFsrsWeights } from "@/lib/core/scheduler/fsrs-weights";
import { newMemoryState } from "@/lib/core/scheduler/memory-state";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";
import { SchedulerError } from "@/lib/core/scheduler/scheduler-error";
import { DAY, reviewCard, TOKYO_2300 } from "./fixtures";

const now = TOKYO_2300;
const answerWith = (overrides: Parameters<typeof schedulerSettings>[0]) =>
  scheduleReview({ state: newMemoryState(now), rating: 3, now, settings: schedulerSettings(overrides), seed: "s" });

describe("scheduler settings", () => {
  it("unset settings take the documented defaults", () => {
    expect(schedulerSettings()).toEqual({
      desiredRetention: 0.9,
      maximumInterval: 36500,
      learningSteps: ["1m", "10m"],
      relearningSteps: ["10m"],
      enableFuzz: true,
      timeZone: "Asia/Tokyo",
      rolloverHour: 4,
      weights: null,
    });
    expect(schedulerSettings().learningSteps).not.toBe(DEFAULT_SCHEDULER_SETTINGS.learningSteps);
  });

  it("a desired retention outside (0, 1) is rejected", () => {
    expect(() => answerWith({ desiredRetention: 1 })).toThrow(SchedulerError);
    expect(() => answerWith({ desiredRetention: 0 })).toThrow(/desiredRetention/);
  });

  it("fitted weights drive the intervals; null weights are the defaults", () => {
    const card = reviewCard(now, { stability: 10, daysAgo: 10 });
    const good = (weights: readonly number[] | null) =>
      scheduleReview({
        state: card,
        rating: 3,
        now,
        settings: schedulerSettings({ weights, enableFuzz: false }),
        seed: "s",
      }).next;
    expect(good(DEFAULT_FSRS_WEIGHTS)).toEqual(good(null));
    // A learner whose stability grows more after a success (w8 larger) gets a longer good interval.
    const faster = DEFAULT_FSRS_WEIGHTS.map((w, i) => (i === 8 ? w + 0.8 : w));
    expect(good(faster).scheduledDays).toBeGreaterThan(good(null).scheduledDays);
  });

  it("stored weights are read back only when they are 21 finite numbers", () => {
    expect(parseFsrsWeights(serializeFsrsWeights(DEFAULT_FSRS_WEIGHTS))).toEqual(DEFAULT_FSRS_WEIGHTS);
    expect(parseFsrsWeights(null)).toBeNull();
    expect(parseFsrsWeights("[1,2,3]")).toBeNull();
    expect(parseFsrsWeights("not json")).toBeNull();
    expect(() => serializeFsrsWeights([1, 2])).toThrow();
  });

  it("a malformed learning step is rejected", () => {
    expect(() => answerWith({ learningSteps: ["10 minutes"] })).toThrow(/learningSteps/);
  });

  it("the maximum interval caps day intervals", () => {
    const card = reviewCard(now, { stability: 100, daysAgo: 100 });
    const settings = schedulerSettings({ maximumInterval: 30, enableFuzz: false });
    for (const rating of [2, 3, 4] as const) {
      const { next } = scheduleReview({ state: card, rating, now, settings, seed: "s" });
      expect(next.scheduledDays).toBe(30);
    }
  });

  it("a higher desired retention gives shorter intervals", () => {
    const card = reviewCard(now, { stability: 20, daysAgo: 20 });
    const interval = (desiredRetention: number) =>
      scheduleReview({
        state: card,
        rating: 3,
        now,
        settings: schedulerSettings({ desiredRetention, enableFuzz: false }),
        seed: "s",
      }).next.scheduledDays;
    expect(interval(0.95)).toBeLessThan(interval(0.85));
  });
});

describe("retrievabilityAt", () => {
  it("recall probability falls as time passes and is 0 for a new card", () => {
    const card = reviewCard(now, { stability: 10, daysAgo: 0 });
    const settings = schedulerSettings();
    const soon = retrievabilityAt(card, new Date(now.getTime() + DAY), settings);
    const later = retrievabilityAt(card, new Date(now.getTime() + 30 * DAY), settings);
    expect(soon).toBeGreaterThan(later);
    expect(soon).toBeLessThanOrEqual(1);
    expect(retrievabilityAt(newMemoryState(now), now, settings)).toBe(0);
  });
});
