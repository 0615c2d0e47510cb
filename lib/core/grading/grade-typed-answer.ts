import { editDistance } from "../text/edit-distance";
import type { GradeResult } from "./grade-result";
import { normalizeAnswer, type MatchMode } from "./normalize-answer";
import { pickBestResult } from "./pick-best-result";

export type TypedAnswerKey = { answer: string; accept?: string[]; match?: MatchMode };

/**
 * Prose answers of at least this many characters (after normalisation) score a partial
 * {@link NEAR_MISS_SCORE} when one edit away.
 */
export const NEAR_MISS_MIN_LENGTH = 6;
/**
 * Half credit for a one-character slip in prose: the learner recalled the concept, which is what
 * the card tests, but we still want the slip visible and not counted as a clean pass. Identifiers
 * get no partial credit: `Recraete` in a manifest is simply rejected by the API server.
 */
export const NEAR_MISS_SCORE = 0.5;

/**
 * Grades a typed answer against `answer` and every `accept` form; the best result wins.
 *
 * `prose` (default): case-insensitive, kana- and width-insensitive, punctuation-tolerant
 * (see {@link normalizeAnswer}); a near miss (edit distance ≤ 1 on ≥ 6 characters) scores 0.5.
 * `identifier`: case matters (`orderedready` for `OrderedReady` is incorrect, `case-mismatch`),
 * width, surrounding spaces, quotes and backticks do not. A one-character slip (`ClusterFrist`)
 * stays incorrect, since the API server would refuse it, but is told apart from a wrong value as
 * `typo` ("did you mean …?"); the learner may still rate the card as they see fit.
 *
 * Feedback codes: `empty-answer`, `case-mismatch`, `near-miss` (prose), `typo` (identifier),
 * `wrong-answer`; all carry `expected` (the canonical answer), which the results page shows anyway.
 */
export function gradeTypedAnswer(key: TypedAnswerKey, response: string): GradeResult {
  const mode = key.match ?? "prose";
  const expected = key.answer;
  const given = normalizeAnswer(response, mode);
  if (given === "")
    return { verdict: "incorrect", score: 0, feedback: [{ code: "empty-answer", params: { expected } }] };
  const candidates = [key.answer, ...(key.accept ?? [])];
  const results = candidates.map((candidate) => compareTyped(normalizeAnswer(candidate, mode), given, mode, expected));
  return pickBestResult(results, (result) => HINT_RANK[result.feedback[0]?.code ?? ""] ?? 0);
}

/** Among equally scored results, the most specific hint is the most useful one to show. */
const HINT_RANK: Record<string, number> = { "case-mismatch": 2, typo: 1, "near-miss": 1 };

function compareTyped(want: string, given: string, mode: MatchMode, expected: string): GradeResult {
  if (want === given) return { verdict: "correct", score: 1, feedback: [] };
  if (mode === "identifier" && want.toLowerCase() === given.toLowerCase()) {
    return { verdict: "incorrect", score: 0, feedback: [{ code: "case-mismatch", params: { expected } }] };
  }
  const isNearMiss = Array.from(want).length >= NEAR_MISS_MIN_LENGTH && editDistance(want, given, 1) <= 1;
  if (isNearMiss && mode === "prose") {
    return { verdict: "partial", score: NEAR_MISS_SCORE, feedback: [{ code: "near-miss", params: { expected } }] };
  }
  // An identifier one edit away is still wrong, but telling the learner it was a slip, not a
  // wrong value, helps: "typo: did you mean ClusterFirst?" rather than "not the answer".
  if (isNearMiss) return { verdict: "incorrect", score: 0, feedback: [{ code: "typo", params: { expected } }] };
  return { verdict: "incorrect", score: 0, feedback: [{ code: "wrong-answer", params: { expected } }] };
}
