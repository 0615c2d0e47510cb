import { addDays } from "../scheduler/learning-day";
import { isoWeekOf, isoWeekStart } from "./iso-week";

/** Reviews of cards that were in the review state on one learning day, and how many were not Again. */
export type DayRecall = { day: string; total: number; passed: number };

export type WeekRetention = {
  /** Monday of the ISO week. */
  weekStart: string;
  isoYear: number;
  isoWeek: number;
  total: number;
  passed: number;
  /** passed / total; null for a week without such reviews (not 0: nothing was forgotten). */
  rate: number | null;
};

export const RETENTION_WEEKS = 12;

/**
 * True retention per ISO week for the last `weeks` weeks including the current one: the share of
 * reviews of already learned cards (state review) rated Hard, Good or Easy. Learning steps are
 * left out because they measure short-term memory, not whether the schedule keeps the card.
 */
export function retentionByWeek(
  days: readonly DayRecall[],
  today: string,
  weeks: number = RETENTION_WEEKS,
): WeekRetention[] {
  const thisWeek = isoWeekStart(today);
  const starts = Array.from({ length: weeks }, (_, i) => addDays(thisWeek, -7 * (weeks - 1 - i)));
  const byWeek = new Map(starts.map((start) => [start, { total: 0, passed: 0 }]));
  for (const { day, total, passed } of days) {
    const sum = byWeek.get(isoWeekStart(day));
    if (!sum || day > today) continue;
    sum.total += total;
    sum.passed += passed;
  }
  return starts.map((weekStart) => {
    const { total, passed } = byWeek.get(weekStart)!;
    const { year, week } = isoWeekOf(weekStart);
    return { weekStart, isoYear: year, isoWeek: week, total, passed, rate: total === 0 ? null : passed / total };
  });
}
