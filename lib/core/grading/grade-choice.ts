import { verdictForScore, type Feedback, type GradeResult } from "./grade-result";

/** `correct`: 0-based indexes of the correct options; `optionCount`: how many options were shown. */
export type ChoiceKey = { optionCount: number; correct: number[]; multiple?: boolean };

/**
 * Grades a choice item; `selected` holds 0-based option indexes.
 *
 * Single choice: exactly one selection, 1 or 0. Multiple choice:
 * score = max(0, (correct selected − wrong selected) / number of correct options).
 * Subtracting wrong picks keeps "tick everything" from earning credit (with 2 correct of 5,
 * ticking all 5 scores max(0, (2 − 3) / 2) = 0), and dividing by the number of correct options
 * makes each missed correct option cost the same as each wrong pick.
 *
 * Feedback: one `missed-option` and one `wrong-option` per index (`{ index }`, 0-based);
 * `empty-answer` for no selection; `invalid-response` for out-of-range or repeated indexes, or
 * more than one selection on a single-choice item.
 */
export function gradeChoice(key: ChoiceKey, selected: readonly number[]): GradeResult {
  if (selected.length === 0) return incorrect("empty-answer");
  const isInRange = selected.every((i) => Number.isInteger(i) && i >= 0 && i < key.optionCount);
  const isUnique = new Set(selected).size === selected.length;
  if (!isInRange || !isUnique || (!key.multiple && selected.length > 1)) return incorrect("invalid-response");

  const correct = new Set(key.correct);
  const picked = new Set(selected);
  const missed = key.correct.filter((i) => !picked.has(i)).sort((a, b) => a - b);
  const wrong = selected.filter((i) => !correct.has(i)).sort((a, b) => a - b);
  const hits = selected.length - wrong.length;
  const score = key.multiple ? Math.max(0, (hits - wrong.length) / correct.size) : hits === 1 ? 1 : 0;
  const feedback: Feedback[] = [
    ...missed.map((index) => ({ code: "missed-option", params: { index } })),
    ...wrong.map((index) => ({ code: "wrong-option", params: { index } })),
  ];
  return { verdict: verdictForScore(score), score, feedback };
}

function incorrect(code: string): GradeResult {
  return { verdict: "incorrect", score: 0, feedback: [{ code }] };
}
