import { rollbackWithFsrs, type SchedulerSettings } from "./fsrs-adapter";
import { isSameMemoryState, type MemoryState, type ReviewRating } from "./memory-state";
import type { ReviewLogEntry } from "./review-log-entry";
import { SchedulerError } from "./scheduler-error";
import { scheduleReview } from "./schedule-review";

/**
 * Takes back the answer in `log`, which must be the card's latest one (`current` equals its
 * stateAfter); otherwise throws STALE_STATE, as Anki refuses to undo onto a modified card.
 */
export function undoReview(current: MemoryState, log: ReviewLogEntry): MemoryState {
  if (!isSameMemoryState(current, log.stateAfter)) {
    throw new SchedulerError("STALE_STATE", "The card changed since this review; undo the latest review first");
  }
  const previous = rollbackWithFsrs(current, log);
  // ts-fsrs rollback sets due := review time (its log does not keep the old due), so the
  // snapshot in the log supplies the real due and last review.
  const { due, lastReview } = log.stateBefore;
  return { ...previous, due: new Date(due), lastReview: lastReview && new Date(lastReview) };
}

export type ReplayedReview = { rating: ReviewRating; reviewedAt: Date; seed: string };

/**
 * Re-answers `logs` in order from `initial`. With the same seeds and settings it reproduces the
 * stored state exactly, which lets lib/server rebuild or verify a CardState from its ReviewLog.
 */
export function replayReviews(initial: MemoryState, logs: ReplayedReview[], settings: SchedulerSettings): MemoryState {
  return logs.reduce(
    (state, log) => scheduleReview({ state, rating: log.rating, now: log.reviewedAt, settings, seed: log.seed }).next,
    initial,
  );
}
