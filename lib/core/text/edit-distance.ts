/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transposition) over code points,
 * so `Recraete` is one edit from `Recreate` and a kana counts as one character.
 * Returns `limit + 1` as soon as the distance is known to exceed `limit`: every caller only asks
 * "is it within `limit`?" (a near-miss answer, a did-you-mean for a deck key or a kubectl word),
 * and the early exit keeps a long response from costing O(n·m).
 */
export function editDistance(a: string, b: string, limit: number): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, prevPrev[j - 2] + 1);
      }
      row.push(best);
      rowMin = Math.min(rowMin, best);
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return Math.min(prev[t.length], limit + 1);
}
