import { describe, expect, it } from "vitest";
import { buildTrainingSet, itemReviews, type LoggedRating } from "@/lib/core/optimizer/fsrs-training-items";
import { isAutoFitDue, isBetterFit } from "@/lib/core/optimizer/fit-decision";

const TOKYO = { timeZone: "Asia/Tokyo", rolloverHour: 4 };

function log(
  cardId: string,
  reviewedAt: string,
  rating: number,
  previousState: LoggedRating["previousState"],
  extra: Partial<LoggedRating> = {},
): LoggedRating {
  return { cardId, rating, reviewedAt: new Date(reviewedAt), previousState, kind: "review", undone: false, ...extra };
}

describe("buildTrainingSet", () => {
  it("makes one item per rating on a later learning day, holding every rating before it, same-day steps with 0 days", () => {
    const set = buildTrainingSet(
      [
        log("a", "2025-01-01T01:00:00Z", 1, "new"), // 10:00 in Tokyo, day 2025-01-01
        log("a", "2025-01-01T01:10:00Z", 3, "learning"), // same day: kept inside items, not an item itself
        log("a", "2025-01-02T01:00:00Z", 3, "review"),
        log("a", "2025-01-05T01:00:00Z", 3, "review"),
      ],
      TOKYO,
    );
    expect(set.items.map(itemReviews)).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
      ],
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 1 },
        { rating: 3, deltaT: 3 },
      ],
    ]);
    expect(set.reviewCount).toBe(4);
  });

  it("counts days in the learner's zone and rollover hour: 02:00 local still belongs to the day before", () => {
    // 23:00 and 02:00 (Tokyo) are one learning day (rollover 04:00); 05:00 is the next.
    const set = buildTrainingSet(
      [
        log("a", "2025-01-01T14:00:00Z", 3, "new"),
        log("a", "2025-01-01T17:00:00Z", 3, "learning"),
        log("a", "2025-01-01T20:00:00Z", 3, "review"),
      ],
      TOKYO,
    );
    expect(set.items.map((item) => itemReviews(item).map((r) => r.deltaT))).toEqual([[0, 0, 1]]);
  });

  it("leaves out undone ratings, cram, quiz and manual entries, and Anki's rating 0", () => {
    const set = buildTrainingSet(
      [
        log("a", "2025-01-01T01:00:00Z", 3, "new"),
        log("a", "2025-01-02T01:00:00Z", 1, "review", { undone: true }),
        log("a", "2025-01-03T01:00:00Z", 1, "review", { kind: "cram" }),
        log("a", "2025-01-03T02:00:00Z", 2, "review", { kind: "quiz" }),
        log("a", "2025-01-03T03:00:00Z", 0, "review", { kind: "anki" }),
        log("a", "2025-01-04T01:00:00Z", 4, "review", { kind: "anki-manual" }),
        log("a", "2025-01-05T01:00:00Z", 3, "review", { kind: "anki" }),
      ],
      TOKYO,
    );
    expect(set.items.map(itemReviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 4 },
      ],
    ]);
    expect(set.reviewCount).toBe(2);
  });

  it("starts a card at its last run of learning steps (after a reset) and skips cards whose history has none", () => {
    const set = buildTrainingSet(
      [
        log("a", "2025-01-01T01:00:00Z", 3, "new"),
        log("a", "2025-01-03T01:00:00Z", 3, "review"),
        log("a", "2025-02-01T01:00:00Z", 1, "new"), // progress reset: history starts again here
        log("a", "2025-02-03T01:00:00Z", 3, "learning"),
        log("b", "2025-01-03T01:00:00Z", 3, "review"), // rated before the log begins
        log("b", "2025-01-09T01:00:00Z", 3, "review"),
      ],
      TOKYO,
    );
    expect(set.items.map(itemReviews)).toEqual([
      [
        { rating: 1, deltaT: 0 },
        { rating: 3, deltaT: 2 },
      ],
    ]);
    expect(set.reviewCount).toBe(2);
  });

  it("orders items by the time of their last rating, across cards, whatever order the log came in", () => {
    const set = buildTrainingSet(
      [
        log("b", "2025-01-03T01:00:00Z", 3, "review"),
        log("a", "2025-01-01T01:00:00Z", 3, "new"),
        log("b", "2025-01-01T02:00:00Z", 3, "new"),
        log("a", "2025-01-04T01:00:00Z", 3, "review"),
      ],
      TOKYO,
    );
    expect(set.items.map((item) => new Date(item.at).toISOString())).toEqual([
      "2025-01-03T01:00:00.000Z",
      "2025-01-04T01:00:00.000Z",
    ]);
  });
});

describe("fit decisions", () => {
  it("applies new weights only when both log loss and RMSE are no worse, log loss strictly better", () => {
    expect(isBetterFit({ current: { logLoss: 0.4, rmse: 0.05 }, fitted: { logLoss: 0.39, rmse: 0.05 } })).toBe(true);
    expect(isBetterFit({ current: { logLoss: 0.4, rmse: 0.05 }, fitted: { logLoss: 0.39, rmse: 0.06 } })).toBe(false);
    expect(isBetterFit({ current: { logLoss: 0.4, rmse: 0.05 }, fitted: { logLoss: 0.4, rmse: 0.01 } })).toBe(false);
  });

  it("re-fits on its own at 400 reviews in all, then every 500 since the last fit", () => {
    expect(isAutoFitDue(399, null)).toBe(false);
    expect(isAutoFitDue(400, null)).toBe(true);
    expect(isAutoFitDue(899, 400)).toBe(false);
    expect(isAutoFitDue(900, 400)).toBe(true);
  });
});
