import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { sessionEndReason } from "@/lib/server/auth/session-end-reason";
import { safeCallbackUrl } from "@/lib/core/auth/safe-callback-url";

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; notice?: string }>;
}) {
  const t = await getTranslations("auth");
  const tAccount = await getTranslations("account");
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getCurrentUser()) redirect(callbackUrl);
  // The browser still holds the ended session's cookie: say why it ended when an admin ended it.
  const roleChanged = params.notice === "roleChanged" || (await sessionEndReason()) === "roleChanged";
  return (
    <div className="mx-auto max-w-md space-y-6 pt-4">
      <h1 className="text-2xl font-bold">{t("signInTitle")}</h1>
      {roleChanged && (
        <p
          role="status"
          data-testid="role-changed-notice"
          className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100"
        >
          {t("roleChangedNotice")}
        </p>
      )}
      {params.notice === "signedOut" && (
        <p role="status" className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100">
          {t("signedOutNotice")}
        </p>
      )}
      {params.notice === "passwordChanged" && (
        <p role="status" className="rounded-lg bg-sky-50 p-3 text-sm text-sky-900 dark:bg-sky-950 dark:text-sky-100">
          {tAccount("passwordChanged")}
        </p>
      )}
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-sm">
        {t("noAccount")}{" "}
        <Link
          href={callbackUrl === "/" ? "/signup" : `/signup?callbackUrl=${encodeURIComponent(callbackUrl)}`}
          className="font-medium text-sky-700 underline dark:text-sky-300"
        >
          {t("signUpTitle")}
        </Link>
      </p>
    </div>
  );
}
