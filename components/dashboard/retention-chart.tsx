import * as Plot from "@observablehq/plot";
import { getFormatter, getTranslations } from "next-intl/server";
import type { WeekRetention } from "@/lib/core/stats/retention-by-week";
import { ChartCard, formatDay, percent } from "./chart-card";
import { ResponsivePlot } from "./plot-svg";
import { PLOT_STYLE } from "./render-plot";

/**
 * True retention per week as points on a line, against the learner's target. The y axis starts
 * well below the target instead of at 0, where 85% and 95% would look the same.
 */
export async function RetentionChart({ weeks, target }: { weeks: WeekRetention[]; target: number }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.retention"), getFormatter()]);
  const total = weeks.reduce((sum, w) => sum + w.total, 0);
  const passed = weeks.reduce((sum, w) => sum + w.passed, 0);
  const rates = weeks.flatMap((w) => (w.rate === null ? [] : [w.rate]));
  const floor = Math.max(0, Math.min(0.5, Math.floor(Math.min(...rates, target) * 10) / 10 - 0.1));
  const label = (weekStart: string) => formatDay(format, weekStart);
  const chart = (width: number): Plot.PlotOptions => ({
    width,
    height: 200,
    marginLeft: 44,
    style: PLOT_STYLE,
    // Every other week on a phone so that the dates do not run into each other.
    x: {
      type: "point",
      domain: weeks.map((w) => w.weekStart),
      ticks: weeks.filter((_, i) => width > 400 || i % 2 === 1).map((w) => w.weekStart),
      tickFormat: label,
      label: null,
      inset: 12,
    },
    y: { domain: [floor, 1], grid: true, label: null, tickFormat: (v: number) => percent(format, v), ticks: 4 },
    marks: [
      Plot.ruleY([target], { strokeDasharray: "4 3", className: "stroke-amber-600 dark:stroke-amber-400" }),
      Plot.lineY(weeks, { x: "weekStart", y: "rate", strokeWidth: 2, className: "stroke-sky-600 dark:stroke-sky-400" }),
      Plot.dot(weeks, {
        x: "weekStart",
        y: "rate",
        r: 4,
        fill: "currentColor",
        className: "fill-sky-600 dark:fill-sky-400",
      }),
    ],
  });
  return (
    <ChartCard
      id="retention"
      title={t("title")}
      help={t("help", { target: percent(format, target) })}
      summary={t("summary", {
        count: total,
        rate: total === 0 ? "" : percent(format, passed / total),
        target: percent(format, target),
      })}
      table={
        <table>
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("week")}</th>
              <th scope="col">{t("reviews")}</th>
              <th scope="col">{t("rate")}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{t("weekOf", { week: w.isoWeek, date: formatDay(format, w.weekStart, "long") })}</th>
                <td>{format.number(w.total)}</td>
                <td>{w.rate === null ? t("noData") : percent(format, w.rate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {total === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("empty")}</p>
      ) : (
        <>
          <p aria-hidden="true" className="flex flex-wrap gap-x-4 text-xs text-slate-700 dark:text-slate-300">
            <span className="flex items-center gap-1">
              <span className="inline-block size-2.5 rounded-full bg-sky-600 dark:bg-sky-400" />
              {t("rate")}
            </span>
            <span className="flex items-center gap-1">
              <span className="inline-block w-4 border-t-2 border-dashed border-amber-600 dark:border-amber-400" />
              {t("targetLegend", { target: percent(format, target) })}
            </span>
          </p>
          <ResponsivePlot chart={chart} className="text-slate-700 dark:text-slate-300" />
        </>
      )}
    </ChartCard>
  );
}
