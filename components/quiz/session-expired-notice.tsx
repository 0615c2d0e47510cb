"use client";
import { useTranslations } from "next-intl";
import { signInHref } from "./quiz-api";

/** Shown when the server answers 401: what happened, that nothing typed is lost, and the way back. */
export function SessionExpiredNotice({ returnTo, keptOnDevice }: { returnTo: string; keptOnDevice: boolean }) {
  const t = useTranslations("quiz");
  return (
    <div role="alert" data-testid="session-expired" className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100">
      <p className="font-semibold">{t("sessionExpired")}</p>
      {keptOnDevice && <p className="text-sm">{t("sessionExpiredKept")}</p>}
      <a href={signInHref(returnTo)} className="inline-flex min-h-11 items-center rounded-lg bg-amber-700 px-4 font-semibold text-white">{t("signInAgain")}</a>
    </div>
  );
}
