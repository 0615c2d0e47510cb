import { getFormatter, getTranslations } from "next-intl/server";
import type { ItemAnalytics } from "@/lib/server/analytics/get-deck-analytics";

const BADGE =
  "inline-block rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/50 dark:text-amber-100";
const SMALL = "block text-xs font-normal text-slate-600 dark:text-slate-300";
// Below md each row becomes a small card: the item on top, the numbers in two columns, each
// with its column name, then the flags. The explicit roles keep the table semantics that some
// browsers drop once rows are no longer displayed as table rows.
const NUMBER =
  "px-2 py-1 tabular-nums max-md:flex max-md:justify-between max-md:gap-2 max-md:before:text-slate-600 max-md:before:content-[attr(data-label)] md:py-3 md:text-right md:align-top dark:max-md:before:text-slate-300";
const COLUMNS = ["reviews", "again", "override", "recall", "quizMiss"] as const;

/** One row per live item, flagged ones first. */
export async function ItemAnalyticsTable({ items }: { items: ItemAnalytics[] }) {
  const [t, format] = await Promise.all([getTranslations("analytics"), getFormatter()]);
  const percent = (value: number) => format.number(value, { style: "percent", maximumFractionDigits: 0 });
  const rate = (value: number | null) =>
    value === null ? (
      <span>
        <span aria-hidden="true">—</span>
        <span className="sr-only">{t("noData")}</span>
      </span>
    ) : (
      <span>{percent(value)}</span>
    );
  const label = (key: (typeof COLUMNS)[number]) => t(`columns.${key}`);
  return (
    <section aria-labelledby="items-title" className="space-y-2">
      <h2 id="items-title" className="text-lg font-semibold">
        {t("itemsTitle")}
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("itemsHelp")}</p>
      {items.length === 0 ? (
        <p>{t("noItems")}</p>
      ) : (
        <table role="table" className="w-full text-sm max-md:block">
          <thead role="rowgroup" className="bg-slate-50 text-left max-md:sr-only dark:bg-slate-800">
            <tr role="row">
              <th role="columnheader" scope="col" className="px-2 py-3">
                {t("columns.item")}
              </th>
              {COLUMNS.map((key) => (
                <th key={key} role="columnheader" scope="col" className="px-2 py-3 text-right whitespace-nowrap">
                  {label(key)}
                </th>
              ))}
              <th role="columnheader" scope="col" className="px-2 py-3 whitespace-nowrap">
                {t("columns.flags")}
              </th>
            </tr>
          </thead>
          <tbody
            role="rowgroup"
            className="divide-y divide-slate-200 border-y border-slate-200 max-md:block dark:divide-slate-700 dark:border-slate-700"
          >
            {items.map((item) => (
              <tr
                key={item.itemId}
                role="row"
                className="max-md:grid max-md:grid-cols-2 max-md:gap-x-4 max-md:py-3"
                data-testid="item-row"
                data-flags={item.flags.map((f) => f.code).join(" ")}
              >
                <th
                  role="rowheader"
                  scope="row"
                  className="px-2 py-1 text-left font-normal max-md:col-span-2 md:py-3 md:align-top"
                >
                  <span className="block font-mono text-xs font-semibold break-all">{item.key}</span>
                  <span className="block wrap-anywhere text-slate-700 dark:text-slate-200">{item.excerpt}</span>
                </th>
                <td role="cell" className={NUMBER} data-label={label("reviews")}>
                  <span>{format.number(item.reviews)}</span>
                </td>
                <td role="cell" className={NUMBER} data-label={label("again")}>
                  {rate(item.againRate)}
                </td>
                <td role="cell" className={NUMBER} data-label={label("override")}>
                  <span className="max-md:text-right">
                    {rate(item.overrideRate)}
                    {item.gradedReviews > 0 && (
                      <span className={SMALL}>{t("gradedCount", { count: item.gradedReviews })}</span>
                    )}
                  </span>
                </td>
                <td role="cell" className={NUMBER} data-label={label("recall")}>
                  {rate(item.avgRecall)}
                </td>
                <td role="cell" className={NUMBER} data-label={label("quizMiss")}>
                  <span className="max-md:text-right">
                    {rate(item.quizMissRate)}
                    {item.quizAnswers > 0 && (
                      <span className={SMALL}>{t("quizCount", { count: item.quizAnswers })}</span>
                    )}
                  </span>
                </td>
                <td role="cell" className="px-2 py-1 max-md:col-span-2 md:py-3 md:align-top">
                  {item.flags.length > 0 && (
                    <ul className="space-y-2 md:w-48">
                      {item.flags.map((flag) => (
                        <li key={flag.code}>
                          <span className={BADGE}>{t(`flags.${flag.code}.label`)}</span>
                          <span className={`${SMALL} mt-1`}>
                            {t(`flags.${flag.code}.reason`, {
                              rate: percent(flag.rate),
                              count: flag.count,
                              threshold: percent(flag.threshold),
                            })}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
