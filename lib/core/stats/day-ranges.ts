import { addDays, startOfLearningDay } from "../scheduler/learning-day";

/** One learning day and the instants it covers: [start, end). */
export type DayRange = { day: string; start: Date; end: Date };

// Earlier than any stored timestamp: the first forecast range reaches back to it so that overdue
// cards count on today.
const BEGINNING_OF_TIME = new Date(0);

const DAY_MS = 86_400_000;
// Exact day starts are computed this many days apart (each costs a few Intl calls, ~0.1 ms).
const STRIDE = 7;

/**
 * `count` consecutive learning days from `firstDay`, oldest first, each with the instants it
 * covers. The database groups timestamps into these ranges, so a day follows the learner's zone,
 * rollover hour and DST changes exactly. Starts are 24 h apart unless the zone's UTC offset changes
 * in between, so only every 7th start is computed exactly, and every start of a stretch that is not
 * 7 × 24 h long. This assumes no zone changes its offset and back within one week.
 */
export function learningDayRanges(firstDay: string, count: number, timeZone: string, rolloverHour: number): DayRange[] {
  const exact = (i: number) => startOfLearningDay(addDays(firstDay, i), timeZone, rolloverHour).getTime();
  const starts: number[] = [exact(0)];
  for (let from = 0; from < count; from += STRIDE) {
    const to = Math.min(from + STRIDE, count);
    starts[to] = exact(to);
    const isUniform = starts[to] - starts[from] === (to - from) * DAY_MS;
    for (let i = from + 1; i < to; i++) starts[i] = isUniform ? starts[from] + (i - from) * DAY_MS : exact(i);
  }
  return Array.from({ length: count }, (_, i) => ({
    day: addDays(firstDay, i),
    start: new Date(starts[i]),
    end: new Date(starts[i + 1]),
  }));
}

/** The `days` learning days from `today` on; the first also covers everything before today. */
export function forecastRanges(today: string, days: number, timeZone: string, rolloverHour: number): DayRange[] {
  const ranges = learningDayRanges(today, days, timeZone, rolloverHour);
  if (ranges.length > 0) ranges[0] = { ...ranges[0], start: BEGINNING_OF_TIME };
  return ranges;
}

/** Every day from `firstDay` for `count` days, with 0 where `counts` has nothing. */
export function fillDays(
  counts: ReadonlyMap<string, number>,
  firstDay: string,
  count: number,
): { day: string; count: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const day = addDays(firstDay, i);
    return { day, count: counts.get(day) ?? 0 };
  });
}
