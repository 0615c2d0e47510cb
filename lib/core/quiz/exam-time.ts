// Exam mode gives CKA-like pressure: 90 seconds per question, no feedback until the end.
export const EXAM_SECONDS_PER_QUESTION = 90;

/** The time limit of an exam of `questionCount` questions, in milliseconds. */
export function examTimeLimitMs(questionCount: number): number {
  return questionCount * EXAM_SECONDS_PER_QUESTION * 1000;
}

/** Remaining time as m:ss (or h:mm:ss past an hour), rounded up so 0:00 means time is up. */
export function formatTimeLeft(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, "0");
  return hours ? `${hours}:${String(minutes).padStart(2, "0")}:${seconds}` : `${minutes}:${seconds}`;
}

/** The low-time warnings an exam shows, in minutes left, largest first. */
export const EXAM_WARNING_MINUTES = [5, 1] as const;

/**
 * The warning due at `msLeft` (the smallest threshold already reached), or null before the first.
 * A threshold the exam starts under (a 3-minute exam and "5 minutes left") is not a warning.
 */
export function examWarning(msLeft: number, limitMs: number): (typeof EXAM_WARNING_MINUTES)[number] | null {
  let due: (typeof EXAM_WARNING_MINUTES)[number] | null = null;
  for (const minutes of EXAM_WARNING_MINUTES)
    if (msLeft > 0 && msLeft <= minutes * 60_000 && limitMs > minutes * 60_000) due = minutes;
  return due;
}
