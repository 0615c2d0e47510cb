import type { GradeResult } from "./grade-result";

export type TrueFalseKey = { answer: boolean };

/**
 * Grades a true/false item: 1 or 0. A wrong answer gets `wrong-answer` with `expected`
 * ("true" / "false", since feedback params are strings or numbers).
 */
export function gradeTrueFalse(key: TrueFalseKey, value: boolean): GradeResult {
  if (value === key.answer) return { verdict: "correct", score: 1, feedback: [] };
  return {
    verdict: "incorrect",
    score: 0,
    feedback: [{ code: "wrong-answer", params: { expected: String(key.answer) } }],
  };
}
