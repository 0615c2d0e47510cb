import "server-only";
// Turns the grouped rows of deck-analytics-reads.ts into one line per item.
import { compareItemsForReport, flagItem, rate, type ItemFlag, type ItemStats } from "@/lib/core/analytics/flag-items";
import { itemExcerpt } from "@/lib/core/analytics/item-excerpt";
import type { Verdict } from "@/lib/core/grading/grade-result";
import { proposeRating } from "@/lib/core/grading/propose-rating";
import { retrievabilityAt, schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import type { CardStateName } from "@/lib/core/scheduler/memory-state";
import type { ItemRatingRow, QuizRow, RecallStateRow } from "./deck-analytics-reads";

export type ItemAnalytics = ItemStats & {
  itemId: string;
  key: string;
  type: string;
  excerpt: string;
  position: number;
  flags: ItemFlag[];
};

type ItemRow = { id: string; key: string; type: string; position: number; body: unknown; answer: unknown };

type Tally = { reviews: number; agains: number; graded: number; overrides: number };

function tallyRatings(rows: ItemRatingRow[]): Map<string, Tally> {
  const tallies = new Map<string, Tally>();
  for (const row of rows) {
    const tally = tallies.get(row.itemId) ?? { reviews: 0, agains: 0, graded: 0, overrides: 0 };
    tally.reviews += row.count;
    if (row.rating === 1) tally.agains += row.count;
    if (row.verdict !== null) {
      tally.graded += row.count;
      // The same mapping the review screen used to propose a rating; a different final rating is an override.
      if (row.rating !== proposeRating({ verdict: row.verdict as Verdict })) tally.overrides += row.count;
    }
    tallies.set(row.itemId, tally);
  }
  return tallies;
}

// Recall depends only on stability and time since the last review (the forgetting curve), not on a
// learner's desired retention, so the default settings serve every learner.
function meanRecall(rows: RecallStateRow[], now: Date): Map<string, number> {
  const settings = schedulerSettings();
  const sums = new Map<string, { total: number; count: number }>();
  for (const row of rows) {
    const recall = retrievabilityAt({ ...row, state: row.state as CardStateName }, now, settings);
    const sum = sums.get(row.itemId) ?? { total: 0, count: 0 };
    sums.set(row.itemId, { total: sum.total + recall, count: sum.count + 1 });
  }
  return new Map([...sums].map(([itemId, { total, count }]) => [itemId, total / count]));
}

/** One line per live item with its rates and flags, flagged items first, then by Again rate. */
export function buildItemAnalytics(
  items: ItemRow[],
  ratings: ItemRatingRow[],
  states: RecallStateRow[],
  quiz: QuizRow[],
  now: Date,
): ItemAnalytics[] {
  const tallies = tallyRatings(ratings);
  const recall = meanRecall(states, now);
  const quizByItem = new Map(quiz.map((row) => [row.itemId, row]));
  return items
    .map((item) => {
      const tally = tallies.get(item.id) ?? { reviews: 0, agains: 0, graded: 0, overrides: 0 };
      const answers = quizByItem.get(item.id);
      const stats: ItemStats = {
        reviews: tally.reviews,
        againRate: rate(tally.agains, tally.reviews),
        gradedReviews: tally.graded,
        overrideRate: rate(tally.overrides, tally.graded),
        quizAnswers: answers?.answers ?? 0,
        quizMissRate: rate(answers?.misses ?? 0, answers?.answers ?? 0),
        avgRecall: recall.get(item.id) ?? null,
      };
      return {
        ...stats,
        itemId: item.id,
        key: item.key,
        type: item.type,
        position: item.position,
        excerpt: itemExcerpt(item),
        flags: flagItem(stats),
      };
    })
    .sort(compareItemsForReport);
}
