import { addDays, daysBetween } from "../scheduler/learning-day";

export type Streak = {
  /** Consecutive learning days with at least one review, ending today or yesterday. */
  days: number;
  /** False while today has no review yet: the streak is still alive but not extended. */
  includesToday: boolean;
  /** The run reaches back to the first day that was looked at, so it may be longer. */
  isOpenEnded: boolean;
};

/**
 * The learner's current streak. A streak that ended yesterday still counts until today ends, so
 * the number does not drop to 0 in the morning before the first review (as in Anki and Duolingo).
 * `firstDay` is the oldest day `activeDays` covers.
 */
export function studyStreak(activeDays: ReadonlySet<string>, today: string, firstDay: string): Streak {
  const includesToday = activeDays.has(today);
  let day = includesToday ? today : addDays(today, -1);
  let days = 0;
  while (activeDays.has(day) && daysBetween(firstDay, day) >= 0) {
    days += 1;
    day = addDays(day, -1);
  }
  return { days, includesToday, isOpenEnded: days > 0 && daysBetween(firstDay, day) < 0 };
}
