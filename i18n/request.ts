// next-intl without locale routing: the language lives in a cookie (Japanese unless chosen otherwise),
// so URLs stay the same in both languages.
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
