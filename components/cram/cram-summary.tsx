"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { CramQueue } from "@/lib/core/cram/cram-queue";

type Props = {
  deckSlug: string;
  queue: CramQueue;
  startedAt: number;
  finishedEarly: boolean;
  pending: number;
  onRestart: () => void;
};

export function CramSummary({ deckSlug, queue, startedAt, finishedEarly, pending, onRestart }: Props) {
  const t = useTranslations("cram");
  const format = useFormatter();
  const minutes = Math.max(1, Math.round((Date.now() - startedAt) / 60000));
  const stats: [string, string][] = [
    [t("summaryCards"), `${format.number(queue.finished.length)} / ${format.number(queue.total)}`],
    [t("summaryAnswers"), format.number(queue.answered)],
    [t("summaryAgain"), format.number(queue.again)],
    [t("summaryTime"), t("minutes", { minutes: format.number(minutes) })],
  ];
  return (
    <section className="space-y-6 py-6" aria-labelledby="cram-done-title" data-testid="cram-summary">
      <h2 id="cram-done-title" className="text-2xl font-bold" tabIndex={-1}>
        {finishedEarly ? t("endedTitle") : t("doneTitle")}
      </h2>
      <dl className="grid grid-cols-2 gap-3">
        {stats.map(([label, value]) => (
          <div key={label} className="rounded-xl border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-300">{label}</dt>
            <dd className="text-xl font-bold tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      {pending > 0 && (
        <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
          {t("pending", { count: pending })}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={onRestart}
          className="inline-flex min-h-12 items-center rounded-lg bg-sky-700 px-4 font-semibold text-white hover:bg-sky-800"
        >
          {t("again")}
        </button>
        <Link
          href={`/cram/${encodeURIComponent(deckSlug)}`}
          className="inline-flex min-h-12 items-center rounded-lg border border-sky-700 px-4 font-semibold text-sky-700 dark:text-sky-300"
        >
          {t("otherSection")}
        </Link>
        <Link href="/" className="inline-flex min-h-12 items-center px-2 font-medium underline">
          {t("backHome")}
        </Link>
      </div>
    </section>
  );
}
