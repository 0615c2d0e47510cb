import { addDays, daysBetween } from "../scheduler/learning-day";
import { isoWeekday, isoWeekStart } from "./iso-week";

export const HEATMAP_DAYS = 365;
export const HEATMAP_LEVELS = 4;

export type HeatmapCell = {
  day: string;
  count: number;
  /** Column: weeks (Monday to Sunday) since the week of the first day. */
  week: number;
  /** Row: 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** 0 = no review; 1…HEATMAP_LEVELS = the day's rank among the days with reviews, in quarters. */
  level: number;
};

/**
 * The last `days` learning days up to `today` laid out as a calendar: one column per week, one
 * row per weekday. Levels rank the days with reviews against each other (ties share the higher
 * rank), so a learner with 20 reviews a day sees as much colour as one with 300, and one very busy
 * day does not wash every other day out to the palest shade.
 */
export function heatmapCells(
  counts: ReadonlyMap<string, number>,
  today: string,
  days: number = HEATMAP_DAYS,
): HeatmapCell[] {
  const firstDay = addDays(today, -(days - 1));
  const firstWeek = isoWeekStart(firstDay);
  const series = Array.from({ length: days }, (_, i) => addDays(firstDay, i));
  const active = series
    .map((day) => counts.get(day) ?? 0)
    .filter((count) => count > 0)
    .sort((a, b) => a - b);
  // How many active days have at most `count` reviews (binary search in the sorted counts).
  const rank = (count: number) => {
    let low = 0;
    let high = active.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (active[mid] <= count) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return series.map((day) => {
    const count = counts.get(day) ?? 0;
    return {
      day,
      count,
      week: Math.floor(daysBetween(firstWeek, day) / 7),
      weekday: isoWeekday(day),
      level: count === 0 ? 0 : Math.ceil((rank(count) / active.length) * HEATMAP_LEVELS),
    };
  });
}
