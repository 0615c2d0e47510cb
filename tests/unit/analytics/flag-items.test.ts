import { describe, expect, it } from "vitest";
import { compareItemsForReport, flagItem, rate, type ItemStats } from "@/lib/core/analytics/flag-items";

const quiet: ItemStats = {
  reviews: 0,
  againRate: null,
  gradedReviews: 0,
  overrideRate: null,
  quizAnswers: 0,
  quizMissRate: null,
  avgRecall: null,
};

describe("flagItem", () => {
  it("flags an item with at least 5 reviews and half or more of them Again", () => {
    expect(flagItem({ ...quiet, reviews: 5, againRate: 0.5 })).toEqual([
      { code: "many-agains", rate: 0.5, count: 5, threshold: 0.5 },
    ]);
  });

  it("does not flag Agains below the minimum review count or below the rate", () => {
    expect(flagItem({ ...quiet, reviews: 4, againRate: 1 })).toEqual([]);
    expect(flagItem({ ...quiet, reviews: 50, againRate: 0.49 })).toEqual([]);
  });

  it("flags overrides only among at least 5 graded reviews, whatever the total review count", () => {
    expect(flagItem({ ...quiet, reviews: 100, againRate: 0, gradedReviews: 4, overrideRate: 1 })).toEqual([]);
    expect(flagItem({ ...quiet, reviews: 100, againRate: 0, gradedReviews: 10, overrideRate: 0.3 })).toEqual([
      { code: "many-overrides", rate: 0.3, count: 10, threshold: 0.3 },
    ]);
    expect(flagItem({ ...quiet, reviews: 100, againRate: 0, gradedReviews: 10, overrideRate: 0.29 })).toEqual([]);
  });

  it("flags quiz misses at 60 % of at least 5 answers", () => {
    expect(flagItem({ ...quiet, quizAnswers: 5, quizMissRate: 0.6 })).toEqual([
      { code: "many-misses", rate: 0.6, count: 5, threshold: 0.6 },
    ]);
    expect(flagItem({ ...quiet, quizAnswers: 5, quizMissRate: 0.59 })).toEqual([]);
    expect(flagItem({ ...quiet, quizAnswers: 4, quizMissRate: 1 })).toEqual([]);
  });

  it("returns every flag an item earns, in a fixed order", () => {
    const all = flagItem({
      reviews: 9,
      againRate: 0.9,
      gradedReviews: 9,
      overrideRate: 0.9,
      quizAnswers: 9,
      quizMissRate: 0.9,
      avgRecall: 0.2,
    });
    expect(all.map((f) => f.code)).toEqual(["many-agains", "many-overrides", "many-misses"]);
  });

  it("ignores low recall on its own: forgetting is the scheduler's business, not the item's", () => {
    expect(flagItem({ ...quiet, avgRecall: 0.01 })).toEqual([]);
  });
});

describe("compareItemsForReport", () => {
  const flag = [{ code: "many-misses" as const, rate: 1, count: 5, threshold: 0.6 }];
  it("puts flagged items first, then the highest Again rate, unreviewed items last, ties in deck order", () => {
    const items = [
      { key: "calm", flags: [], againRate: 0.1, position: 0 },
      { key: "never", flags: [], againRate: null, position: 1 },
      { key: "hard", flags: [], againRate: 0.4, position: 2 },
      { key: "flagged", flags: flag, againRate: 0, position: 3 },
      { key: "calm-too", flags: [], againRate: 0.1, position: 4 },
    ];
    expect([...items].sort(compareItemsForReport).map((i) => i.key)).toEqual([
      "flagged",
      "hard",
      "calm",
      "calm-too",
      "never",
    ]);
  });
});

describe("rate", () => {
  it("is null rather than NaN when nothing was counted", () => {
    expect(rate(0, 0)).toBeNull();
    expect(rate(1, 4)).toBe(0.25);
  });
});
