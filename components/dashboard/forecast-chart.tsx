import * as Plot from "@observablehq/plot";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChartCard, formatDay } from "./chart-card";
import { ResponsivePlot } from "./plot-svg";
import { PLOT_STYLE } from "./render-plot";

type Day = { day: string; count: number };

/** Cards coming due per day for the next 30 days, today (with everything overdue) first. */
export async function ForecastChart({ days }: { days: Day[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.forecast"), getFormatter()]);
  const total = days.reduce((sum, d) => sum + d.count, 0);
  const max = Math.max(0, ...days.map((d) => d.count));
  const label = (day: string) => formatDay(format, day);
  // A label every week keeps the dates apart at phone width.
  const ticks = days.filter((_, i) => i % 7 === 0).map((d) => d.day);
  const chart = (width: number): Plot.PlotOptions => ({
    width,
    height: 200,
    marginLeft: 36,
    style: PLOT_STYLE,
    x: { type: "band", domain: days.map((d) => d.day), ticks, tickFormat: label, label: null, padding: 0.2 },
    y: { grid: true, label: null, tickFormat: (v: number) => format.number(v), ticks: Math.min(4, Math.max(1, max)) },
    marks: [Plot.barY(days, { x: "day", y: "count", className: "fill-sky-600 dark:fill-sky-400" }), Plot.ruleY([0])],
  });
  return (
    <ChartCard
      id="forecast"
      title={t("title")}
      help={t("help")}
      summary={t("summary", { total, today: format.number(days[0]?.count ?? 0), max: format.number(max) })}
      table={
        <table>
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("day")}</th>
              <th scope="col">{t("cards")}</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <th scope="row">{formatDay(format, d.day, "long")}</th>
                <td>{format.number(d.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {total > 0 && <ResponsivePlot chart={chart} className="text-slate-700 dark:text-slate-300" />}
    </ChartCard>
  );
}
