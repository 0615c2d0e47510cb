"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { Stats } from "./use-review-session";

type Props = { stats: Stats; nextDue: string | null; finishedEarly: boolean; dueNow: number; onContinue: () => void };

/**
 * The end of a session. Ended early with cards still due, it says how many and offers to go on
 * (never "next card at …" while cards are waiting now).
 */
export function SessionSummary({ stats, nextDue, finishedEarly, dueNow, onContinue }: Props) {
  const t = useTranslations("review");
  const format = useFormatter();
  const minutes = Math.max(1, Math.round((Date.now() - stats.startedAt) / 60000));
  const againRate = stats.reviewed ? Math.round((stats.again / stats.reviewed) * 100) : 0;
  return (
    <section className="space-y-6 py-6" aria-labelledby="done-title" data-testid="summary">
      <h1 id="done-title" className="text-2xl font-bold">
        {finishedEarly ? t("sessionEndedTitle") : t("doneTitle")}
      </h1>
      <dl className="grid grid-cols-2 gap-3">
        {[
          [t("summaryReviewed"), String(stats.reviewed)],
          [t("summaryAgain"), `${againRate}%`],
          [t("summaryTime"), t("minutes", { minutes })],
          [
            t("summaryNext"),
            finishedEarly && dueNow > 0
              ? t("dueNow", { count: dueNow })
              : nextDue
                ? t("nextAt", { time: format.dateTime(new Date(nextDue), { hour: "2-digit", minute: "2-digit" }) })
                : t("nextTomorrow"),
          ],
        ].map(([label, value]) => (
          <div key={label} className="rounded-xl border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-300">{label}</dt>
            <dd
              className="text-xl font-bold tabular-nums"
              data-testid={label === t("summaryReviewed") ? "reviewed-count" : undefined}
            >
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-3">
        {finishedEarly && dueNow > 0 && (
          <button
            type="button"
            onClick={onContinue}
            data-testid="continue-session"
            className="inline-flex min-h-12 items-center rounded-lg bg-sky-700 px-4 font-semibold text-white"
          >
            {t("continueSession")}
          </button>
        )}
        <Link
          href="/"
          className={`inline-flex min-h-12 items-center rounded-lg px-4 font-semibold ${finishedEarly && dueNow > 0 ? "border border-slate-300 dark:border-slate-600" : "bg-sky-700 text-white"}`}
        >
          {t("backHome")}
        </Link>
      </div>
    </section>
  );
}
