import { verdictForScore, type GradeResult } from "./grade-result";

/** The item's `steps` are stored in the correct order, so the key only needs their number. */
export type OrderingKey = { stepCount: number };

/**
 * Grades an ordering item. `order` lists the 0-based indexes of the item's steps (in their
 * stored, correct order) as the learner arranged them; `[0, 1, …, n − 1]` is correct.
 *
 * Partial credit is the normalised Kendall tau distance: 1 − discordant pairs / all pairs.
 * We chose it over longest-common-subsequence / n because it measures *how far* steps are out of
 * place: swapping two neighbours costs 1 pair, but moving the first step (say, creating the
 * Namespace) to the end costs n − 1 pairs, whereas LCS scores both mistakes the same (n − 1)/n.
 * Every pair of steps counts once, so the measure is symmetric and a fully reversed order is 0.
 *
 * Feedback: `first-wrong-position` with the 1-based `position`; `invalid-order` when `order`
 * is not a permutation of the steps.
 */
export function gradeOrdering(key: OrderingKey, order: readonly number[]): GradeResult {
  if (!isPermutation(order, key.stepCount)) {
    return { verdict: "incorrect", score: 0, feedback: [{ code: "invalid-order" }] };
  }
  const firstWrong = order.findIndex((step, position) => step !== position);
  if (firstWrong === -1) return { verdict: "correct", score: 1, feedback: [] };

  const n = order.length;
  const totalPairs = (n * (n - 1)) / 2;
  const score = 1 - countDiscordantPairs(order) / totalPairs;
  return {
    verdict: verdictForScore(score),
    score,
    feedback: [{ code: "first-wrong-position", params: { position: firstWrong + 1 } }],
  };
}

function isPermutation(order: readonly number[], n: number): boolean {
  if (order.length !== n) return false;
  const seen = new Set(order);
  return seen.size === n && order.every((step) => Number.isInteger(step) && step >= 0 && step < n);
}

/** O(n²) is fine: items have at most 8 steps. */
function countDiscordantPairs(order: readonly number[]): number {
  let discordant = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) if (order[i] > order[j]) discordant++;
  }
  return discordant;
}
