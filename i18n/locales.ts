export const LOCALES = ["ja", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "ja";
export const LOCALE_COOKIE = "NEXT_LOCALE";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The chosen locale (a cookie's value) when it is one of ours, else the default. */
export function chosenLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}
