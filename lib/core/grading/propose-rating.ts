import type { GradeResult } from "./grade-result";

/** FSRS ratings the review screen can propose: Again (a lapse), Hard and Good (both passes). */
export type ProposedRating = 1 | 2 | 3;

/**
 * The rating the review screen proposes for a graded answer; the learner may override it.
 * Wrong → Again, partly right → Hard, right → Good. Hard is a pass, so a grader must not call
 * "partial" what fails the task: the kubectl grader makes an answer that acts on another object
 * (name, kind, namespace, selector) or does something else incorrect, never partial.
 */
export function proposeRating(grade: Pick<GradeResult, "verdict">): ProposedRating {
  return grade.verdict === "correct" ? 3 : grade.verdict === "partial" ? 2 : 1;
}
