import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/set-locale";

export async function SiteHeader() {
  const t = await getTranslations();
  const locale = await getLocale();
  const other = locale === "ja" ? "en" : "ja";
  return (
    <header className="border-b border-slate-200 dark:border-slate-700">
      <nav className="mx-auto flex h-14 w-full max-w-3xl items-center justify-between px-4 sm:px-6" aria-label={t("nav.home")}>
        <Link href="/" className="text-lg font-bold tracking-tight text-sky-700 dark:text-sky-300">
          {t("app.name")}
        </Link>
        <form action={setLocaleAction}>
          <input type="hidden" name="locale" value={other} />
          <button
            type="submit"
            lang={other}
            aria-label={`${t("nav.language")}: ${t("nav.switchTo")}`}
            className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t("nav.switchTo")}
          </button>
        </form>
      </nav>
    </header>
  );
}
