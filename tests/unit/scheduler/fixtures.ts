import { schedulerSettings, type SchedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { newMemoryState, type MemoryState, type ReviewRating } from "@/lib/core/scheduler/memory-state";
import type { ReviewLogEntry } from "@/lib/core/scheduler/review-log-entry";
import { scheduleReview } from "@/lib/core/scheduler/schedule-review";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** 2025-01-15 23:00 in Tokyo (UTC+9). */
export const TOKYO_2300 = new Date("2025-01-15T14:00:00.000Z");

export const noFuzz: SchedulerSettings = schedulerSettings({ enableFuzz: false });
export const withFuzz: SchedulerSettings = schedulerSettings({ enableFuzz: true });

/** A review-state card last reviewed `daysAgo` days before `now`. */
export function reviewCard(now: Date, overrides: Partial<MemoryState> & { daysAgo?: number } = {}): MemoryState {
  const { daysAgo = 1, ...rest } = overrides;
  return {
    ...newMemoryState(now),
    state: "review",
    stability: 0.5,
    difficulty: 5,
    reps: 3,
    scheduledDays: daysAgo,
    lastReview: new Date(now.getTime() - daysAgo * DAY),
    due: now,
    ...rest,
  };
}

/**
 * Answers a card with each rating in turn, each time one hour after it came due, and returns
 * every answer's log plus the final state.
 */
export function answerSequence(
  cardId: string,
  ratings: ReviewRating[],
  settings: SchedulerSettings,
  start: Date = TOKYO_2300,
): { initial: MemoryState; logs: ReviewLogEntry[]; final: MemoryState } {
  const initial = newMemoryState(start);
  const logs: ReviewLogEntry[] = [];
  let state = initial;
  let now = start;
  for (const rating of ratings) {
    const { next, log } = scheduleReview({ state, rating, now, settings, seed: `${cardId}:${state.reps}` });
    logs.push(log);
    state = next;
    now = new Date(Math.max(next.due.getTime(), now.getTime()) + HOUR);
  }
  return { initial, logs, final: state };
}
