import { verdictForScore, type GradeResult } from "./grade-result";

/**
 * The item's `steps` are stored in the correct order, so the key needs their number and the
 * groups of step indexes that may come in any order among themselves (`anyOrder`; each group's
 * indexes are consecutive, as the deck format writes a group at one place in `steps`).
 */
export type OrderingKey = { stepCount: number; anyOrder?: number[][] };

/**
 * Grades an ordering item. `order` lists the 0-based indexes of the item's steps (in their
 * stored, correct order) as the learner arranged them. Every order that keeps the fixed steps in
 * place and only permutes the steps inside `anyOrder` groups is correct.
 *
 * Partial credit is the normalised Kendall tau distance to the *nearest* valid order:
 * 1 − discordant pairs / pairs that have a required order. Two steps of one group never have a
 * required order, and the nearest valid order arranges each group as the learner did, so only
 * pairs from different groups (or fixed steps) can be discordant; normalising by those pairs keeps
 * a fully reversed order at 0 however large the groups. Without groups this is the plain
 * normalised Kendall tau distance. We chose it over longest-common-subsequence / n because it
 * measures *how far* steps are out of place: swapping two neighbours costs 1 pair, but moving the
 * first step (say, creating the Namespace) to the end costs n − 1 pairs, whereas LCS scores both
 * mistakes the same (n − 1)/n.
 *
 * Feedback: `first-wrong-position` with the 1-based `position` where the order first differs from
 * the nearest valid order; `invalid-order` when `order` is not a permutation of the steps.
 */
export function gradeOrdering(key: OrderingKey, order: readonly number[]): GradeResult {
  if (!isPermutation(order, key.stepCount)) {
    return { verdict: "incorrect", score: 0, feedback: [{ code: "invalid-order" }] };
  }
  const block = blockOfEachStep(key);
  const { discordant, ordered } = countPairs(order, block);
  if (discordant === 0) return { verdict: "correct", score: 1, feedback: [] };

  // Stable sort by block: the valid order that keeps the learner's arrangement inside each group.
  const nearest = [...order].sort((a, b) => block[a] - block[b]);
  const firstWrong = order.findIndex((step, position) => step !== nearest[position]);
  const score = 1 - discordant / ordered;
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

/** Each step's block: its own index, or the first index of its anyOrder group (so blocks ascend in the correct order). */
function blockOfEachStep(key: OrderingKey): number[] {
  const block = Array.from({ length: key.stepCount }, (_, i) => i);
  for (const group of key.anyOrder ?? []) {
    const first = Math.min(...group);
    for (const step of group) if (step >= 0 && step < key.stepCount) block[step] = first;
  }
  return block;
}

/**
 * Pairs of steps in different blocks (`ordered`: their order is required) and how many of them the
 * learner put the wrong way round. O(n²) is fine: items have at most 8 steps.
 */
function countPairs(order: readonly number[], block: readonly number[]): { discordant: number; ordered: number } {
  let discordant = 0;
  let ordered = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) {
      const [first, second] = [block[order[i]], block[order[j]]];
      if (first === second) continue;
      ordered++;
      if (first > second) discordant++;
    }
  }
  return { discordant, ordered };
}
