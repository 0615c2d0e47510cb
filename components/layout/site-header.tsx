import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/lib/actions/account/set-locale";
import { roleAtLeast, type Role } from "@/lib/core/auth/roles";
import { SignedInLinks } from "./signed-in-links";

// Header links are not prefetched: every page here is dynamic, so a prefetch brings no usable page
// and costs a phone main-thread time on every page it opens.
const navLink =
  "inline-flex min-h-11 shrink-0 items-center whitespace-nowrap rounded-md px-2 text-sm font-medium hover:bg-slate-100 dark:hover:bg-slate-800";

/** `role` is the signed-in user's, or null when nobody is signed in (the layout reads the session). */
export async function SiteHeader({ role }: { role: Role | null }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const other = locale === "ja" ? "en" : "ja";
  return (
    <header className="border-b border-slate-200 dark:border-slate-700">
      {/* On a phone the links get a row of their own under the brand, each label whole (a row that
          scrolls sideways if it must, like a phone app's tab row); from 640 px everything is one row. */}
      <nav
        className="mx-auto flex min-h-14 w-full max-w-3xl flex-wrap items-center gap-x-2 px-4 sm:flex-nowrap sm:px-6 lg:max-w-5xl"
        aria-label={t("nav.mainMenu")}
      >
        <Link
          href="/"
          prefetch={false}
          className="order-1 py-2 text-lg font-bold tracking-tight whitespace-nowrap text-sky-700 dark:text-sky-300"
        >
          {t("app.name")}
        </Link>
        <div
          className="order-3 -mx-2 flex w-full items-center gap-1 overflow-x-auto pb-1 sm:order-2 sm:mx-0 sm:ml-auto sm:w-auto sm:overflow-visible sm:pb-0"
          data-testid="header-links"
        >
          {role ? (
            <SignedInLinks signInLabel={t("nav.signIn")} className={navLink}>
              <Link href="/dashboard" prefetch={false} className={navLink}>
                {t("nav.dashboard")}
              </Link>
              {roleAtLeast(role, "instructor") && (
                <Link href="/instructor" prefetch={false} className={navLink}>
                  {t("nav.instructor")}
                </Link>
              )}
              {roleAtLeast(role, "admin") && (
                <Link href="/admin/users" prefetch={false} className={navLink}>
                  {t("nav.admin")}
                </Link>
              )}
              <Link href="/account" prefetch={false} className={navLink}>
                {t("nav.account")}
              </Link>
            </SignedInLinks>
          ) : (
            <Link href="/signin" prefetch={false} className={navLink}>
              {t("nav.signIn")}
            </Link>
          )}
        </div>
        <form action={setLocaleAction} className="order-2 ml-auto sm:order-3 sm:ml-0">
          <input type="hidden" name="locale" value={other} />
          <button
            type="submit"
            lang={other}
            aria-label={`${t("nav.language")}: ${t("nav.switchTo")}`}
            className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium whitespace-nowrap hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t("nav.switchTo")}
          </button>
        </form>
      </nav>
    </header>
  );
}
