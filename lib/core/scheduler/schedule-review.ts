import { answerWithFsrs, previewWithFsrs, type FsrsCall, type SchedulerSettings } from "./fsrs-adapter";
import { formatIntervalLabel, type IntervalLocale } from "./format-interval-label";
import { addDays, learningDayOf, startOfLearningDay } from "./learning-day";
import { REVIEW_RATINGS, type MemoryState, type ReviewRating } from "./memory-state";
import type { ReviewLogEntry } from "./review-log-entry";
import { SchedulerError } from "./scheduler-error";

export type ScheduleReviewInput = {
  state: MemoryState;
  rating: ReviewRating;
  now: Date;
  settings: SchedulerSettings;
  /** Fuzz seed; pass `${cardId}:${state.reps}` so a replay fuzzes identically. */
  seed: string;
};

export type ScheduleReviewResult = { next: MemoryState; log: ReviewLogEntry };

const MINUTE_MS = 60_000;

/**
 * ts-fsrs counts elapsed days between UTC calendar dates. Moving every instant by this amount
 * makes the learner's day start fall on UTC midnight, so the days ts-fsrs counts are learning
 * days (exact for fixed-offset zones such as Asia/Tokyo; a DST change can shift it by an hour).
 * Durations, and so the minute-based learning steps, are unaffected by a constant shift.
 */
function dayAlignmentMs(now: Date, settings: SchedulerSettings): number {
  const day = learningDayOf(now, settings.timeZone, settings.rolloverHour);
  return Date.parse(`${day}T00:00:00Z`) - startOfLearningDay(day, settings.timeZone, settings.rolloverHour).getTime();
}

/**
 * ts-fsrs puts a day interval at `now + n × 24h`, so a card answered at 23:00 would come due at
 * 23:00 and skip the learner's morning session. Like Anki, a review card is due at the start of
 * the learning day n days after today; scheduledDays stays n.
 */
function alignToLearningDay(next: MemoryState, now: Date, settings: SchedulerSettings): MemoryState {
  if (next.state !== "review" || next.scheduledDays < 1) return next;
  const { timeZone, rolloverHour } = settings;
  // ts-fsrs keeps good > hard and easy > good after capping, which can step one or two days past
  // maximumInterval; the learner's cap wins (as in Anki).
  const scheduledDays = Math.min(next.scheduledDays, settings.maximumInterval);
  const dueDay = addDays(learningDayOf(now, timeZone, rolloverHour), scheduledDays);
  return { ...next, scheduledDays, due: startOfLearningDay(dueDay, timeZone, rolloverHour) };
}

function fsrsCall(input: Omit<ScheduleReviewInput, "rating">): FsrsCall {
  const { state, now, settings, seed } = input;
  if (Number.isNaN(now.getTime())) throw new SchedulerError("INVALID_INPUT", "now is not a valid date");
  if (state.lastReview && now.getTime() < state.lastReview.getTime()) {
    throw new SchedulerError("INVALID_INPUT", "now is earlier than the card's last review");
  }
  return { settings, seed, shiftMs: dayAlignmentMs(now, settings) };
}

function copyState(state: MemoryState): MemoryState {
  return { ...state, due: new Date(state.due), lastReview: state.lastReview && new Date(state.lastReview) };
}

/** Answers a card: the next memory state and the log entry that makes it undoable and replayable. */
export function scheduleReview(input: ScheduleReviewInput): ScheduleReviewResult {
  const { state, rating, now, settings, seed } = input;
  if (!REVIEW_RATINGS.includes(rating)) throw new SchedulerError("INVALID_INPUT", `rating must be 1..4, got ${rating}`);
  const next = alignToLearningDay(answerWithFsrs(state, rating, now, fsrsCall(input)), now, settings);
  const log: ReviewLogEntry = {
    rating,
    reviewedAt: new Date(now),
    seed,
    elapsedDays: next.elapsedDays,
    stateBefore: copyState(state),
    stateAfter: copyState(next),
  };
  return { next, log };
}

export type IntervalPreview = {
  rating: ReviewRating;
  due: Date;
  scheduledDays: number;
  /** Day intervals count whole days (scheduledDays × 1440), not minutes until the aligned due. */
  intervalMinutes: number;
  label: string;
};

/**
 * What each rating button would do, identical to scheduleReview with the same input and seed.
 * The label of a 1-day interval answered at 23:00 reads '1d', although the due is 5 hours away.
 */
export function previewIntervals(
  input: Omit<ScheduleReviewInput, "rating"> & { locale: IntervalLocale },
): IntervalPreview[] {
  const { now, settings, locale } = input;
  const outcomes = previewWithFsrs(input.state, now, fsrsCall(input));
  return REVIEW_RATINGS.map((rating) => {
    const next = alignToLearningDay(outcomes[rating], now, settings);
    const isDayInterval = next.state === "review" && next.scheduledDays >= 1;
    const intervalMinutes = isDayInterval
      ? next.scheduledDays * 1440
      : Math.max(0, Math.round((next.due.getTime() - now.getTime()) / MINUTE_MS));
    const label = formatIntervalLabel(intervalMinutes, locale);
    return { rating, due: next.due, scheduledDays: next.scheduledDays, intervalMinutes, label };
  });
}

export { formatIntervalLabel, type IntervalLocale } from "./format-interval-label";
