import * as Plot from "@observablehq/plot";
import { getFormatter, getTranslations } from "next-intl/server";
import type { HeatmapCell } from "@/lib/core/stats/heatmap";
import { ChartCard, formatDay } from "./chart-card";
import { renderPlot, PLOT_STYLE } from "./render-plot";
import { HeatmapScroll } from "./heatmap-scroll";
import { MONTH_LABELS_CLASS } from "./heatmap-month-labels";

// Level 0 (no review) to 4 (the busiest days); in the dark the busiest days are the brightest.
const LEVEL_FILL = [
  "fill-slate-200 dark:fill-slate-700",
  "fill-emerald-200 dark:fill-emerald-900",
  "fill-emerald-400 dark:fill-emerald-700",
  "fill-emerald-600 dark:fill-emerald-500",
  "fill-emerald-800 dark:fill-emerald-300",
];
const LEVEL_SWATCH = [
  "bg-slate-200 dark:bg-slate-700",
  "bg-emerald-200 dark:bg-emerald-900",
  "bg-emerald-400 dark:bg-emerald-700",
  "bg-emerald-600 dark:bg-emerald-500",
  "bg-emerald-800 dark:bg-emerald-300",
];
// Pixels per calendar cell: a year is 53 columns, too wide for a phone, so the grid keeps its size and scrolls.
const STEP = 12;
const MARGIN_TOP = 22;
const LABEL_WIDTH = 40;
// Room right of the grid for a month label that starts in one of the last two weeks ("12月", "Dec").
const LAST_LABEL_ROOM = 26;

/** Days with reviews and reviews per calendar month: a year of days read out one by one is too long. */
function byMonth(cells: HeatmapCell[]): { month: string; days: number; reviews: number }[] {
  const months = new Map<string, { month: string; days: number; reviews: number }>();
  for (const cell of cells) {
    const month = cell.day.slice(0, 7);
    const entry = months.get(month) ?? { month, days: 0, reviews: 0 };
    if (cell.count > 0) entry.days += 1;
    entry.reviews += cell.count;
    months.set(month, entry);
  }
  return [...months.values()];
}

/** The last 365 learning days as a calendar: weeks left to right, Monday to Sunday top to bottom. */
export async function ReviewHeatmap({ cells, today }: { cells: HeatmapCell[]; today: string }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.heatmap"), getFormatter()]);
  const active = cells.filter((c) => c.count > 0);
  const total = active.reduce((sum, c) => sum + c.count, 0);
  const max = Math.max(0, ...cells.map((c) => c.count));
  const weeks = Math.max(0, ...cells.map((c) => c.week)) + 1;
  const months = new Map(
    cells
      .filter((c) => c.day.endsWith("-01"))
      .map((c) => [c.week, format.dateTime(new Date(`${c.day}T00:00:00Z`), { month: "short", timeZone: "UTC" })]),
  );
  const weekday = (i: number) =>
    format.dateTime(new Date(Date.UTC(2024, 0, 1 + i)), { weekday: "short", timeZone: "UTC" }); // 2024-01-01 was a Monday
  const title = (c: HeatmapCell) => t("cellTitle", { date: formatDay(format, c.day, "long"), count: c.count });
  const height = MARGIN_TOP + 7 * STEP + 2;
  const y: Plot.ScaleOptions = {
    type: "band",
    domain: [0, 1, 2, 3, 4, 5, 6],
    padding: 0.17,
    round: true,
    ticks: [0, 2, 4],
    tickFormat: weekday,
    tickSize: 0,
    label: null,
  };
  // The weekday labels are a plot of their own, outside the scroll box, so they stay in view on a phone.
  const labels = renderPlot({
    width: LABEL_WIDTH,
    height,
    marginLeft: LABEL_WIDTH,
    marginRight: 0,
    marginTop: MARGIN_TOP,
    marginBottom: 2,
    style: PLOT_STYLE,
    y,
    marks: [],
  });
  // Month labels start at their week's left edge (as GitHub's calendar does) instead of centring on
  // it: centred, a month that begins in the first week hung off the left edge and was cut off.
  const lastLabelWeek = Math.max(-1, ...months.keys());
  const marginRight = lastLabelWeek >= weeks - 2 ? LAST_LABEL_ROOM : 4;
  const svg = renderPlot({
    width: weeks * STEP + marginRight,
    height,
    marginLeft: 0,
    marginTop: MARGIN_TOP,
    marginRight,
    marginBottom: 2,
    style: { ...PLOT_STYLE, maxWidth: "none" },
    x: { type: "band", domain: Array.from({ length: weeks }, (_, i) => i), padding: 0.17, round: true, axis: null },
    y: { ...y, axis: null },
    marks: [
      Plot.axisX([...months.keys()], {
        anchor: "top",
        tickSize: 0,
        tickFormat: (w: number) => months.get(w),
        textAnchor: "start",
        dx: -STEP / 2 + 1,
        label: null,
        className: MONTH_LABELS_CLASS,
      }),
      // Only days with reviews carry a tooltip: a quiet day needs none, and 365 of them weigh on the page.
      ...LEVEL_FILL.map((className, level) =>
        Plot.cell(
          cells.filter((c) => c.level === level),
          { x: "week", y: "weekday", rx: 2, title: level === 0 ? undefined : title, className },
        ),
      ),
      Plot.cell(
        cells.filter((c) => c.day === today),
        {
          x: "week",
          y: "weekday",
          rx: 2,
          fill: "none",
          strokeWidth: 1.5,
          className: "stroke-amber-500 dark:stroke-amber-300",
        },
      ),
    ],
  });
  return (
    <ChartCard
      id="heatmap"
      title={t("title")}
      summary={t("summary", { count: total, days: format.number(active.length), max: format.number(max) })}
      table={
        <table>
          <caption>{t("tableCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("month")}</th>
              <th scope="col">{t("daysStudied")}</th>
              <th scope="col">{t("reviews")}</th>
            </tr>
          </thead>
          <tbody>
            {byMonth(cells).map((m) => (
              <tr key={m.month}>
                <th scope="row">
                  {format.dateTime(new Date(`${m.month}-01T00:00:00Z`), {
                    year: "numeric",
                    month: "long",
                    timeZone: "UTC",
                  })}
                </th>
                <td>{format.number(m.days)}</td>
                <td>{format.number(m.reviews)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <div className="flex text-slate-700 dark:text-slate-300">
        <div aria-hidden="true" className="shrink-0" dangerouslySetInnerHTML={{ __html: labels }} />
        <HeatmapScroll svg={svg} label={t("scrollLabel")} />
      </div>
      <p aria-hidden="true" className="flex items-center justify-end gap-1 text-xs text-slate-600 dark:text-slate-300">
        <span>{t("less")}</span>
        {LEVEL_SWATCH.map((swatch) => (
          <span key={swatch} className={`inline-block size-3 rounded-sm ${swatch}`} />
        ))}
        <span>{t("more")}</span>
      </p>
    </ChartCard>
  );
}
