import { cookies } from "next/headers";
import { chosenLocale, LOCALE_COOKIE, type Locale } from "./locales";

/** The language the person chose (cookie), Japanese by default; for pages and route handlers alike. */
export async function currentLocale(): Promise<Locale> {
  return chosenLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}
