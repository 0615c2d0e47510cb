import type { GradeResult } from "./grade-result";

/**
 * The best of several gradings of one response against equivalent keys (an item's `answer` plus
 * its `accept` forms): the highest score, then the highest `tieBreak` (e.g. the more specific
 * hint); remaining ties keep the earlier result, so the canonical answer's feedback wins.
 */
export function pickBestResult(
  results: readonly GradeResult[],
  tieBreak: (result: GradeResult) => number = () => 0,
): GradeResult {
  let best = results[0];
  for (const result of results.slice(1)) {
    const isBetter = result.score > best.score || (result.score === best.score && tieBreak(result) > tieBreak(best));
    if (isBetter) best = result;
  }
  return best;
}
