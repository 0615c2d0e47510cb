import type { ReactNode } from "react";
import type { getFormatter } from "next-intl/server";

export type Formatter = Awaited<ReturnType<typeof getFormatter>>;

/** A learning day 'YYYY-MM-DD' is a calendar date: formatted at UTC midnight in UTC it never shifts. */
export function formatDay(format: Formatter, day: string, style: "short" | "long" = "short"): string {
  const options =
    style === "short"
      ? ({ month: "numeric", day: "numeric" } as const)
      : ({ year: "numeric", month: "short", day: "numeric", weekday: "short" } as const);
  return format.dateTime(new Date(`${day}T00:00:00Z`), { ...options, timeZone: "UTC" });
}

export const percent = (format: Formatter, value: number) =>
  format.number(value, { style: "percent", maximumFractionDigits: 0 });

// Charts below the fold are laid out only when scrolled near, which keeps the first paint on a phone
// about as cheap as on a page without charts (Lighthouse: style and layout took twice as long).
export const BELOW_THE_FOLD = "[contain-intrinsic-size:auto_360px] [content-visibility:auto]";

/**
 * One dashboard chart: a <figure> named by its caption (the heading), a sentence that sums it up
 * for everyone, the drawing (hidden from screen readers) and the numbers as a visually hidden table.
 */
export function ChartCard({
  id,
  title,
  help,
  summary,
  table,
  children,
}: {
  id: string;
  title: string;
  help?: string;
  summary: string;
  table: ReactNode;
  children: ReactNode;
}) {
  return (
    <figure
      aria-labelledby={`${id}-title`}
      className={`space-y-2 rounded-xl border border-slate-200 p-4 shadow-sm dark:border-slate-700 ${BELOW_THE_FOLD}`}
    >
      <figcaption className="space-y-1">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {title}
        </h2>
        {help && <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-300">{help}</p>}
        <p className="text-sm leading-relaxed font-medium">{summary}</p>
      </figcaption>
      {children}
      <div className="sr-only">{table}</div>
    </figure>
  );
}
