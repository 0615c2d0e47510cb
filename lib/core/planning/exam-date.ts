import { daysBetween } from "../scheduler/learning-day";

export const EXAM_KINDS = ["CKA", "CKAD"] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];

/** Exams are booked at most a year ahead; two years leaves room for a retake and catches typos (2062). */
export const MAX_EXAM_YEARS_AHEAD = 2;

export type ExamDateProblem = "invalid-exam-past" | "invalid-exam-too-far";

/**
 * Why `examDay` cannot be an exam date seen from the learner's `today` (both YYYY-MM-DD), or null.
 * Today itself is allowed: the learner may still want the plan on the morning of the exam.
 */
export function examDateProblem(examDay: string, today: string): ExamDateProblem | null {
  if (daysBetween(today, examDay) < 0) return "invalid-exam-past";
  // Same month and day two years on; compared as text, so 02-29 simply means "up to 28 Feb + 1 day".
  const limit = `${Number(today.slice(0, 4)) + MAX_EXAM_YEARS_AHEAD}${today.slice(4)}`;
  return examDay > limit ? "invalid-exam-too-far" : null;
}
