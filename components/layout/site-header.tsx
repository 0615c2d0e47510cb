import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/actions/set-locale";
import { getCurrentUser, hasRole } from "@/lib/server/auth/current-user";

// Header links are not prefetched: every page here is dynamic, so a prefetch brings no usable page
// and costs a phone main-thread time on every page it opens.
const navLink = "inline-flex min-h-11 items-center rounded-md px-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800";

export async function SiteHeader() {
  const [t, locale, user] = await Promise.all([getTranslations(), getLocale(), getCurrentUser()]);
  const other = locale === "ja" ? "en" : "ja";
  return (
    <header className="border-b border-slate-200 dark:border-slate-700">
      <nav className="mx-auto flex min-h-14 w-full max-w-3xl items-center justify-between gap-x-2 px-4 sm:px-6" aria-label={t("nav.mainMenu")}>
        <Link href="/" prefetch={false} className="text-lg font-bold tracking-tight text-sky-700 dark:text-sky-300">
          {t("app.name")}
        </Link>
        <div className="flex items-center gap-1">
          {user ? (
            <>
              <Link href="/dashboard" prefetch={false} className={navLink}>{t("nav.dashboard")}</Link>
              {hasRole(user, "instructor") && <Link href="/instructor" prefetch={false} className={navLink}>{t("nav.instructor")}</Link>}
              {hasRole(user, "admin") && <Link href="/admin/users" prefetch={false} className={navLink}>{t("nav.admin")}</Link>}
              <Link href="/account" prefetch={false} className={navLink}>{t("nav.account")}</Link>
            </>
          ) : (
            <Link href="/signin" prefetch={false} className={navLink}>{t("nav.signIn")}</Link>
          )}
          <form action={setLocaleAction}>
            <input type="hidden" name="locale" value={other} />
            <button type="submit" lang={other} aria-label={`${t("nav.language")}: ${t("nav.switchTo")}`} className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
              {t("nav.switchTo")}
            </button>
          </form>
        </div>
      </nav>
    </header>
  );
}
