import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { signOutEverywhereAction } from "@/lib/actions/account/sign-out-everywhere";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { secondaryButton } from "@/components/ui/field";
import { SignOutButton } from "@/components/layout/sign-out-button";

const section = "space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-700";

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/signin?callbackUrl=/account");
  const t = await getTranslations("account");
  const tNav = await getTranslations("nav");
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {user.email} · {t("role")}: <span data-testid="role">{t(`roles.${user.role}`)}</span>
        </p>
        <div className="flex flex-wrap gap-2">
          <a
            href="/settings"
            className="mt-2 inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600"
          >
            {tNav("settings")}
          </a>
          <SignOutButton label={tNav("signOut")} />
        </div>
      </div>
      <section className={section} aria-labelledby="change-password">
        <h2 id="change-password" className="text-lg font-semibold">
          {t("changePassword")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("changePasswordHelp")}</p>
        <ChangePasswordForm label={t("changePassword")} />
      </section>
      <section className={section} aria-labelledby="sign-out-everywhere">
        <h2 id="sign-out-everywhere" className="text-lg font-semibold">
          {t("signOutEverywhere")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("signOutEverywhereHelp")}</p>
        <form action={signOutEverywhereAction}>
          <button type="submit" className={secondaryButton}>
            {t("signOutEverywhere")}
          </button>
        </form>
      </section>
      <section className={section} aria-labelledby="download">
        <h2 id="download" className="text-lg font-semibold">
          {t("download")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("downloadHelp")}</p>
        <a href="/api/v1/me/export" download className={secondaryButton}>
          {t("download")}
        </a>
      </section>
      <section className={`${section} border-red-300 dark:border-red-800`} aria-labelledby="delete-account">
        <h2 id="delete-account" className="text-lg font-semibold text-red-800 dark:text-red-300">
          {t("delete")}
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("deleteHelp")}</p>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
