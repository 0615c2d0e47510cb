import { SchedulerError } from "./scheduler-error";

/**
 * A learner's day runs from `rolloverHour` (local time in their IANA zone) to the same hour the
 * next day, as in Anki: a review at 01:00 still belongs to "yesterday". Days are 'YYYY-MM-DD'.
 */
export const DEFAULT_TIME_ZONE = "Asia/Tokyo";
export const DEFAULT_ROLLOVER_HOUR = 4;

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

// Building a DateTimeFormat is costly (ICU data lookup); one per zone is enough.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        second: "2-digit",
      });
    } catch (error) {
      throw new SchedulerError("INVALID_SETTINGS", `Unknown time zone: ${timeZone}`, { cause: error });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock time in `timeZone`, expressed as if it were UTC (ms, whole seconds). */
function wallClockAsUtc(instant: number, timeZone: string): number {
  return wholeSeconds(instant) + offsetAt(instant, timeZone);
}

const wholeSeconds = (instant: number) => Math.floor(instant / 1000) * 1000;

// formatToParts costs microseconds and a queue asks it for every card (issue 16's profile: 4% of
// the server's CPU on GET queue). A zone's offset changes only at its transitions, far apart, so
// it is kept per zone and quarter hour once both ends of the quarter agree; a quarter that holds a
// transition is never kept and is asked again every time.
const QUARTER_MS = 15 * 60_000;
const offsets = new Map<string, number>();
const MAX_OFFSETS = 20_000;

function offsetAt(instant: number, timeZone: string): number {
  const quarter = Math.floor(instant / QUARTER_MS) * QUARTER_MS;
  const key = `${timeZone}|${quarter}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const offset = measuredWallClock(instant, timeZone) - wholeSeconds(instant);
  const atStart = measuredWallClock(quarter, timeZone) - quarter;
  const atEnd = measuredWallClock(quarter + QUARTER_MS - 1000, timeZone) - (quarter + QUARTER_MS - 1000);
  if (atStart === atEnd && atStart === offset) {
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

function measuredWallClock(instant: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

function checkRolloverHour(rolloverHour: number): void {
  if (!Number.isInteger(rolloverHour) || rolloverHour < 0 || rolloverHour > 23) {
    throw new SchedulerError("INVALID_SETTINGS", `rolloverHour must be 0..23, got ${rolloverHour}`);
  }
}

function parseDay(day: string): number {
  const match = DAY_PATTERN.exec(day);
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (Number.isNaN(utc) || new Date(utc).toISOString().slice(0, 10) !== day) {
    throw new SchedulerError("INVALID_INPUT", `Not a YYYY-MM-DD day: ${day}`);
  }
  return utc;
}

/** The day `n` calendar days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(parseDay(day) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` ('2025-01-03' − '2025-01-01' = 2). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to) - parseDay(from)) / DAY_MS);
}

/** The learning day ('YYYY-MM-DD') that `instant` belongs to for a learner in `timeZone`. */
export function learningDayOf(
  instant: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
): string {
  checkRolloverHour(rolloverHour);
  const wall = new Date(wallClockAsUtc(instant.getTime(), timeZone));
  const calendarDay = wall.toISOString().slice(0, 10);
  return wall.getUTCHours() < rolloverHour ? addDays(calendarDay, -1) : calendarDay;
}

/** The instant the learning day `day` begins: `rolloverHour`:00 local time in `timeZone`. */
export function startOfLearningDay(
  day: string,
  timeZone: string = DEFAULT_TIME_ZONE,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
): Date {
  checkRolloverHour(rolloverHour);
  const wanted = parseDay(day) + rolloverHour * 3_600_000;
  // The zone offset depends on the instant we are looking for; a second pass settles it across a
  // DST change. In a skipped hour we land one hour off, which is still inside the right day.
  const guess = wanted - offsetAt(wanted, timeZone);
  return new Date(wanted - offsetAt(guess, timeZone));
}

/** The (exclusive) end of the learning day `day`: the start of the next one. */
export function endOfLearningDay(
  day: string,
  timeZone: string = DEFAULT_TIME_ZONE,
  rolloverHour: number = DEFAULT_ROLLOVER_HOUR,
): Date {
  return startOfLearningDay(addDays(day, 1), timeZone, rolloverHour);
}
