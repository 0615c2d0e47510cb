import { addDays, daysBetween } from "../scheduler/learning-day";

/** 0 = Monday … 6 = Sunday, as in ISO 8601. */
export function isoWeekday(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** The Monday that starts the ISO week containing `day`. */
export function isoWeekStart(day: string): string {
  return addDays(day, -isoWeekday(day));
}

/** ISO 8601 week-numbering year and week (1–53): week 1 is the week with the year's first Thursday. */
export function isoWeekOf(day: string): { year: number; week: number } {
  const thursday = addDays(isoWeekStart(day), 3);
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}
