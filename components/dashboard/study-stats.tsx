import { getFormatter, getTranslations } from "next-intl/server";
import type { Dashboard } from "@/lib/server/stats/get-dashboard";

/** Streak, today's reviews and the year's reviews as three figures. */
export async function StudyStats({ dashboard }: { dashboard: Dashboard }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.stats"), getFormatter()]);
  const { streak } = dashboard;
  const streakText = streak.isOpenEnded
    ? t("streakDaysOpen", { count: format.number(streak.days) })
    : t("streakDays", { count: streak.days });
  const streakHint = streak.days === 0 ? t("streakNone") : streak.includesToday ? t("streakToday") : t("streakKeep");
  const stats = [
    { label: t("streak"), value: streakText, hint: streakHint },
    { label: t("reviewsToday"), value: format.number(dashboard.reviewsToday) },
    { label: t("reviewsYear"), value: format.number(dashboard.reviewsInYear) },
  ];
  return (
    <section aria-label={t("label")}>
      <dl className="grid grid-cols-3 gap-2 sm:gap-3">
        {stats.map((stat) => (
          <div
            key={stat.label}
            className="flex flex-col rounded-xl border border-slate-200 p-3 shadow-sm dark:border-slate-700"
          >
            <dt className="text-xs font-medium text-slate-600 sm:text-sm dark:text-slate-300">{stat.label}</dt>
            <dd className="order-first text-xl font-bold tabular-nums sm:text-2xl">{stat.value}</dd>
            {stat.hint && <dd className="text-xs leading-snug text-slate-600 dark:text-slate-300">{stat.hint}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
