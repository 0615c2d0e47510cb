export type IntervalLocale = "ja" | "en";

type Unit = { minutes: number; ja: string; en: string; decimals: number };

// Anki's answer-button buckets: a month is 30 days, a year 365.
const UNITS: Unit[] = [
  { minutes: 1, ja: "分", en: "m", decimals: 0 },
  { minutes: 60, ja: "時間", en: "h", decimals: 1 },
  { minutes: 1440, ja: "日", en: "d", decimals: 0 },
  { minutes: 1440 * 30, ja: "か月", en: "mo", decimals: 1 },
  { minutes: 1440 * 365, ja: "年", en: "y", decimals: 1 },
];

function unitFor(minutes: number): Unit {
  if (minutes < 60) return UNITS[0];
  if (minutes < 1440) return UNITS[1];
  if (minutes < 1440 * 30) return UNITS[2];
  if (minutes < 1440 * 365) return UNITS[3];
  return UNITS[4];
}

/**
 * A compact label for a rating button: 10 → '10分' / '10m', 1440 → '1日' / '1d',
 * 86400 → '2か月' / '2mo', 630720 → '1.2年' / '1.2y'. Trailing '.0' is dropped.
 */
export function formatIntervalLabel(minutes: number, locale: IntervalLocale): string {
  const safe = Number.isFinite(minutes) ? Math.max(0, minutes) : 0;
  const unit = unitFor(safe);
  const factor = 10 ** unit.decimals;
  const value = Math.round((safe / unit.minutes) * factor) / factor;
  return `${value}${unit[locale]}`;
}
