import { editDistance } from "../text/edit-distance";

const MAX_EDITS = 2;

/**
 * The candidate closest to `word` when it is a plausible typo (at most 2 edits, and fewer edits
 * than half the word), e.g. `deployemnt` → `deployment`; otherwise undefined.
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate, MAX_EDITS);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= MAX_EDITS && bestDistance * 2 < word.length ? best : undefined;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = suggestClosest(word, candidates);
  return suggestion === undefined ? "" : ` (did you mean "${suggestion}"?)`;
}
