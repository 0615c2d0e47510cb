import { describe, expect, it } from "vitest";
import { simulateWorkload } from "@/lib/core/optimizer/simulate-workload";
import { DEFAULT_FSRS_WEIGHTS } from "@/lib/core/scheduler/fsrs-weights";

const input = {
  weights: null,
  retentions: [0.75, 0.85, 0.95],
  cards: [],
  newCards: 300,
  newPerDay: 10,
  days: 180,
  maximumInterval: 36500,
  seed: 1,
};

describe("simulateWorkload", () => {
  it("asks more reviews per day and keeps more cards remembered as the desired retention rises", () => {
    const [low, mid, high] = simulateWorkload(input);
    expect(low.reviewsPerDay).toBeLessThan(mid.reviewsPerDay);
    expect(mid.reviewsPerDay).toBeLessThan(high.reviewsPerDay);
    expect(low.remembered).toBeLessThan(high.remembered);
    expect(high.remembered).toBeLessThanOrEqual(300);
  });

  it("is the same for the same seed, and null weights are the defaults", () => {
    expect(simulateWorkload(input)).toEqual(simulateWorkload({ ...input, weights: DEFAULT_FSRS_WEIGHTS }));
  });

  it("plays cards already learned from their due day", () => {
    const learned = Array.from({ length: 50 }, (_, i) => ({
      stability: 20,
      difficulty: 5,
      dueInDays: i % 10,
      elapsedDaysAtDue: 20,
    }));
    const [point] = simulateWorkload({ ...input, retentions: [0.9], newCards: 0, cards: learned, days: 30 });
    expect(point.reviewsPerDay).toBeGreaterThan(50 / 30);
  });
});
