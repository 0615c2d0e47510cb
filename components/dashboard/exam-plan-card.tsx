import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { REVIEW_BUFFER_DAYS, type ExamPlan } from "@/lib/core/planning/plan-exam";
import { daysBetween } from "@/lib/core/scheduler/learning-day";
import type { DeckExamPlan, ExamOverview } from "@/lib/server/planning/get-exam-plan";

const STATUS_STYLE: Record<ExamPlan["status"], string> = {
  "on-track": "bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-50",
  done: "bg-sky-100 text-sky-900 dark:bg-sky-900 dark:text-sky-50",
  behind: "bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50",
  "final-days": "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50",
};
const linkStyle =
  "inline-flex min-h-11 items-center font-medium text-sky-700 underline underline-offset-2 dark:text-sky-300";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
type T = Awaited<ReturnType<typeof getTranslations<"planning">>>;

// A YYYY-MM-DD day is a calendar date, not an instant: formatted at UTC midnight in UTC it never shifts.
const formatDay = (format: Formatter, day: string) =>
  format.dateTime(new Date(`${day}T00:00:00Z`), {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    day: "numeric",
    weekday: "short",
  });

function planSentence(t: T, format: Formatter, plan: ExamPlan): string {
  const n = (value: number) => format.number(value);
  switch (plan.status) {
    case "on-track":
      return t("onTrack", {
        perDay: n(plan.newPerDay),
        remaining: n(plan.newRemaining),
        finish: formatDay(format, plan.finishDay!),
      });
    case "behind":
      return t("behind", {
        remaining: n(plan.newRemaining),
        lastDay: formatDay(format, plan.lastNewDay!),
        needed: n(plan.neededPerDay!),
        perDay: n(plan.newPerDay),
      });
    case "done":
      return t("done", { learning: plan.inLearning });
    case "final-days":
      return t("finalDays", { remaining: n(plan.newRemaining) });
  }
}

function DeckPlan({ entry, t, format }: { entry: DeckExamPlan & { plan: ExamPlan }; t: T; format: Formatter }) {
  const { plan, deck } = entry;
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  return (
    <li className="space-y-1 border-t border-slate-200 pt-3 dark:border-slate-700" data-testid="exam-plan-deck">
      <p className="flex flex-wrap items-center gap-2">
        <span className="font-semibold">{deck.title}</span>
        <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_STYLE[plan.status]}`}>
          {t(`status.${plan.status}`)}
        </span>
      </p>
      <p className="text-sm leading-relaxed">{planSentence(t, format, plan)}</p>
      {plan.recallAtExamIfIdle !== null && (
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {t("recallIfIdle", { percent: percent(plan.recallAtExamIfIdle), target: percent(plan.desiredRetention) })}
        </p>
      )}
      {plan.status === "behind" && (
        <Link href={`/settings?deck=${encodeURIComponent(deck.slug)}`} className={`${linkStyle} text-sm`}>
          {t("changeLimit")}
        </Link>
      )}
      {plan.status === "final-days" && (
        <Link href={`/cram/${encodeURIComponent(deck.slug)}`} className={`${linkStyle} text-sm`}>
          {t("cramLink")}
        </Link>
      )}
    </li>
  );
}

/** The learner's exam, days left and, for each deck they study, whether their new-card limit is enough. */
export async function ExamPlanCard({ overview }: { overview: ExamOverview }) {
  const [t, format] = await Promise.all([getTranslations("planning"), getFormatter()]);
  const { exam, today } = overview;
  const planned = overview.decks.filter((d): d is DeckExamPlan & { plan: ExamPlan } => d.plan !== null);
  return (
    <section
      aria-labelledby="exam-plan-title"
      className="space-y-3 rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700"
      data-testid="exam-plan"
    >
      <h2 id="exam-plan-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {!exam ? (
        <p className="text-sm leading-relaxed">{t("noExamPrompt")}</p>
      ) : exam.day < today ? (
        <p className="text-sm leading-relaxed">{t("examPassed", { date: formatDay(format, exam.day) })}</p>
      ) : (
        <>
          <p>
            <span className="block font-medium">
              {t("examLine", { kind: exam.kind, date: formatDay(format, exam.day) })}
            </span>
            <span className="block text-2xl font-bold tabular-nums">
              {t("daysLeft", { days: daysBetween(today, exam.day) })}
            </span>
          </p>
          <ul className="space-y-3">
            {planned.map((entry) => (
              <DeckPlan key={entry.deck.slug} entry={entry} t={t} format={format} />
            ))}
          </ul>
          <p className="text-xs text-slate-600 dark:text-slate-300">{t("bufferNote", { days: REVIEW_BUFFER_DAYS })}</p>
        </>
      )}
      <Link href="/settings#exam" className={linkStyle}>
        {exam ? t("changeExam") : t("setExam")}
      </Link>
    </section>
  );
}
