// Daily counts for a chart: every day present, so a quiet day shows as an empty bar, not a gap.

const DAY_MS = 86_400_000;

/** "YYYY-MM-DD" of the UTC day containing `at`. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The start (00:00 UTC) of the first of the `days` UTC days that end with the one containing `now`. */
export function utcWindowStart(now: Date, days: number): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(today - (days - 1) * DAY_MS);
}

/** The last `days` UTC days up to and including today, oldest first, with 0 where `counts` has nothing. */
export function utcDaySeries(
  counts: ReadonlyMap<string, number>,
  now: Date,
  days: number,
): { day: string; count: number }[] {
  const start = utcWindowStart(now, days).getTime();
  return Array.from({ length: days }, (_, i) => {
    const day = utcDay(new Date(start + i * DAY_MS));
    return { day, count: counts.get(day) ?? 0 };
  });
}
