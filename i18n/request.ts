// next-intl without locale routing: the language lives in a cookie (Japanese unless chosen otherwise),
// so URLs stay the same in both languages.
import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "./current-locale";

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
