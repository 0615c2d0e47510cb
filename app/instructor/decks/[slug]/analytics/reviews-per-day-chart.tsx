import { getFormatter, getTranslations } from "next-intl/server";

type Day = { day: string; count: number };

/**
 * Thirty bars of plain divs. The bars are hidden from screen readers, which get the same numbers
 * as a visually hidden table; sighted readers get the highest day and the first and last dates.
 */
export async function ReviewsPerDayChart({ days }: { days: Day[] }) {
  const [t, format] = await Promise.all([getTranslations("analytics"), getFormatter()]);
  const max = Math.max(0, ...days.map((d) => d.count));
  // The days are UTC days, so they are shown in UTC whatever the reader's zone.
  const label = (day: string) =>
    format.dateTime(new Date(`${day}T00:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
  return (
    <section aria-labelledby="reviews-per-day" className="space-y-2">
      <h2 id="reviews-per-day" className="text-lg font-semibold">
        {t("chartTitle")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300" aria-hidden="true">
        {max === 0 ? t("chartEmpty") : t("chartMax", { count: max })}
      </p>
      <div
        aria-hidden="true"
        className="flex h-36 items-end gap-px border-b border-slate-400 sm:gap-1 dark:border-slate-500"
        data-testid="reviews-chart"
      >
        {days.map((d) => (
          <div
            key={d.day}
            className="flex h-full flex-1 items-end"
            title={`${label(d.day)}: ${format.number(d.count)}`}
          >
            <div
              className="w-full rounded-t-sm bg-sky-600 dark:bg-sky-400"
              style={{ height: max === 0 ? 0 : `${(d.count / max) * 100}%` }}
            />
          </div>
        ))}
      </div>
      {days.length > 0 && (
        <div aria-hidden="true" className="flex justify-between text-xs text-slate-600 dark:text-slate-300">
          <span>{label(days[0].day)}</span>
          <span>{label(days[days.length - 1].day)}</span>
        </div>
      )}
      <table className="sr-only">
        <caption>{t("chartTable")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("reviewsOnDay")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((d) => (
            <tr key={d.day}>
              <th scope="row">{label(d.day)}</th>
              <td>{format.number(d.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
