"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { SESSION_EXPIRED_EVENT } from "@/components/layout/signed-in-links";

/** Where sign-in should bring the learner back to. */
export function signInHref(path: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(path)}`;
}

/** Shown when the server answers 401: what happened, that nothing is lost, and the way back to this screen. */
export function SessionExpiredNotice({ returnTo, kept }: { returnTo: string; kept: "answers" | "ratings" | null }) {
  const t = useTranslations("errors");
  // The header's signed-in links would only lead to more 401s: it shows sign-in instead.
  useEffect(() => void window.dispatchEvent(new Event(SESSION_EXPIRED_EVENT)), []);
  return (
    <div
      role="alert"
      data-testid="session-expired"
      className="space-y-2 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
    >
      <p className="font-semibold">{t("sessionExpired")}</p>
      {kept && <p className="text-sm">{t(kept === "answers" ? "sessionExpiredAnswers" : "sessionExpiredRatings")}</p>}
      <a
        href={signInHref(returnTo)}
        className="inline-flex min-h-11 items-center rounded-lg bg-amber-700 px-4 font-semibold text-white"
      >
        {t("signInAgain")}
      </a>
    </div>
  );
}
