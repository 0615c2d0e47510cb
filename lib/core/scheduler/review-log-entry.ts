import type { MemoryState, ReviewRating } from "./memory-state";

/**
 * One answer, as stored in ReviewLog. Holding the whole state before and after makes the log
 * replayable and each answer undoable; `seed` is what made the fuzz of this answer deterministic.
 */
export type ReviewLogEntry = {
  rating: ReviewRating;
  reviewedAt: Date;
  /** `${cardId}:${reps before the answer}`. */
  seed: string;
  /** Learning days since the previous review as FSRS counted them (0 for a new card). */
  elapsedDays: number;
  stateBefore: MemoryState;
  stateAfter: MemoryState;
};
