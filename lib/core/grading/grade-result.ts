/**
 * The shape every grader returns. Feedback is structured (a code plus parameters) rather than
 * prose so that the UI can render it in Japanese or English.
 */
export type Verdict = "correct" | "partial" | "incorrect";

export type Feedback = {
  /** e.g. "wrong-kind", "missing-flag", "case-mismatch", "first-wrong-position", "check-failed" */
  code: string;
  params?: Record<string, string | number>;
};

export type GradeResult = {
  verdict: Verdict;
  /** 0..1 */
  score: number;
  feedback: Feedback[];
};

/** Maps a score to a verdict: 1 is correct, 0 incorrect, anything between partial. */
export function verdictForScore(score: number): Verdict {
  if (score >= 1) return "correct";
  if (score <= 0) return "incorrect";
  return "partial";
}
