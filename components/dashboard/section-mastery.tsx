import * as Plot from "@observablehq/plot";
import { getFormatter, getTranslations } from "next-intl/server";
import {
  MASTERY_LEVELS,
  MATURE_STABILITY_DAYS,
  type MasteryLevel,
  type SectionMastery,
} from "@/lib/core/stats/mastery";
import { percent } from "./chart-card";
import { renderPlot } from "./render-plot";

const LEVEL_FILL: Record<MasteryLevel, string> = {
  mature: "fill-emerald-600 dark:fill-emerald-400",
  young: "fill-sky-500 dark:fill-sky-600",
  learning: "fill-amber-400 dark:fill-amber-500",
  new: "fill-slate-200 dark:fill-slate-700",
};
const LEVEL_SWATCH: Record<MasteryLevel, string> = {
  mature: "bg-emerald-600 dark:bg-emerald-400",
  young: "bg-sky-500 dark:bg-sky-600",
  learning: "bg-amber-400 dark:bg-amber-500",
  new: "bg-slate-200 dark:bg-slate-700",
};
// Mastered first, from the left: the bar grows the way progress does.
const BAR_ORDER: MasteryLevel[] = ["mature", "young", "learning", "new"];

/** One section's cards as a single stacked bar; it has no text, so it may stretch to any width. */
function sectionBar(section: SectionMastery): string {
  let start = 0;
  const segments = BAR_ORDER.map((level) => {
    const segment = { level, x1: start, x2: start + section.counts[level] };
    start = segment.x2;
    return segment;
  });
  return renderPlot(
    {
      width: 300,
      height: 12,
      margin: 0,
      style: { display: "block", width: "100%", height: "12px" },
      x: { domain: [0, Math.max(1, section.total)], axis: null },
      marks: BAR_ORDER.map((level) =>
        Plot.rectX(
          segments.filter((s) => s.level === level && s.x2 > s.x1),
          { x1: "x1", x2: "x2", y1: 0, y2: 1, className: LEVEL_FILL[level] },
        ),
      ),
    },
    { stretch: true },
  );
}

/** Per section of a deck's notes: how much is mastered, with every level's count for screen readers. */
export async function SectionMasteryList({ deckTitle, sections }: { deckTitle: string; sections: SectionMastery[] }) {
  const [t, format] = await Promise.all([getTranslations("dashboard.mastery"), getFormatter()]);
  return (
    <div className="space-y-3">
      <h3 className="font-semibold">{deckTitle}</h3>
      {sections.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("noSections")}</p>
      ) : (
        <ul className="space-y-3">
          {sections.map((section) => (
            <li key={section.sectionId} className="space-y-1">
              <p className="flex items-baseline justify-between gap-3 text-sm">
                <span className="min-w-0 break-words">{section.title}</span>
                <span className="shrink-0 font-medium tabular-nums">
                  {t("mastered", { share: percent(format, section.mastered) })}
                </span>
              </p>
              <div
                aria-hidden="true"
                className="overflow-hidden rounded-sm"
                dangerouslySetInnerHTML={{ __html: sectionBar(section) }}
              />
              <p className="sr-only">{t("sectionCounts", { total: section.total, ...section.counts })}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The levels' colours and what "mastered" means. */
export async function MasteryLegend() {
  const t = await getTranslations("dashboard.mastery");
  return (
    <>
      <p className="text-sm leading-relaxed text-slate-600 dark:text-slate-300">
        {t("help", { days: MATURE_STABILITY_DAYS })}
      </p>
      <ul aria-hidden="true" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        {[...MASTERY_LEVELS].reverse().map((level) => (
          <li key={level} className="flex items-center gap-1">
            <span className={`inline-block size-3 rounded-sm ${LEVEL_SWATCH[level]}`} />
            {t(`levels.${level}`)}
          </li>
        ))}
      </ul>
    </>
  );
}
