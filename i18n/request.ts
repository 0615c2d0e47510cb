// next-intl without locale routing: the language lives in a cookie (Japanese unless chosen otherwise),
// so URLs stay the same in both languages.
import { getRequestConfig } from "next-intl/server";
import { currentLocale } from "./current-locale";

// Each area's strings live in their own file (messages/<locale>/<part>.json) so that parallel work
// on different screens does not collide in one large file; top-level keys are namespaces.
const MESSAGE_PARTS = ["instructor", "classes", "analytics", "planning", "cram", "dashboard", "fsrs"] as const;

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  const base = (await import(`../messages/${locale}.json`)).default;
  const parts = await Promise.all(
    MESSAGE_PARTS.map(async (part) => (await import(`../messages/${locale}/${part}.json`)).default),
  );
  return {
    locale,
    timeZone: "Asia/Tokyo",
    messages: Object.assign({}, base, ...parts),
  };
});
