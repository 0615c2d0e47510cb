import { z } from "zod";

export type CardStateName = "new" | "learning" | "review" | "relearning";

/** Again, Hard, Good, Easy. */
export type ReviewRating = 1 | 2 | 3 | 4;

export const REVIEW_RATINGS: readonly ReviewRating[] = [1, 2, 3, 4];

/** Our camelCase view of an FSRS card's memory; mirrors the CardState row. */
export type MemoryState = {
  due: Date;
  stability: number;
  difficulty: number;
  /** Learning days between the last two reviews (kept because ts-fsrs undo needs it). */
  elapsedDays: number;
  scheduledDays: number;
  /** Index of the current (re)learning step. */
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: Date | null;
};

/**
 * Validates a MemoryState read back from JSON (ReviewLog.stateBefore/stateAfter), turning ISO
 * strings into Dates.
 */
export const memoryStateSchema = z.object({
  due: z.coerce.date(),
  stability: z.number().nonnegative(),
  difficulty: z.number().nonnegative(),
  elapsedDays: z.number().int().nonnegative(),
  scheduledDays: z.number().int().nonnegative(),
  learningSteps: z.number().int().nonnegative(),
  reps: z.number().int().nonnegative(),
  lapses: z.number().int().nonnegative(),
  state: z.enum(["new", "learning", "review", "relearning"]),
  lastReview: z.coerce.date().nullable(),
});

/** The memory state of a card that has never been answered; it is due at `now`. */
export function newMemoryState(now: Date): MemoryState {
  return {
    due: new Date(now.getTime()),
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    state: "new",
    lastReview: null,
  };
}

const sameTime = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/** Field-by-field equality (dates by instant): the stale-state check before undo or replay. */
export function isSameMemoryState(a: MemoryState, b: MemoryState): boolean {
  return (
    sameTime(a.due, b.due) &&
    sameTime(a.lastReview, b.lastReview) &&
    a.stability === b.stability &&
    a.difficulty === b.difficulty &&
    a.elapsedDays === b.elapsedDays &&
    a.scheduledDays === b.scheduledDays &&
    a.learningSteps === b.learningSteps &&
    a.reps === b.reps &&
    a.lapses === b.lapses &&
    a.state === b.state
  );
}
