import { renderPlot } from "./render-plot";
import type * as Plot from "@observablehq/plot";

/** Phone and wide widths of the charts: text stays at its real size instead of being scaled. */
export const NARROW_WIDTH = 350;
export const WIDE_WIDTH = 680;

/**
 * The same chart drawn for a phone and for a wide screen; CSS shows one of them. Scaling one SVG
 * to both widths would shrink its labels below legibility on a phone or blow them up on a desktop.
 */
export function ResponsivePlot({
  chart,
  className = "",
}: {
  chart: (width: number) => Plot.PlotOptions;
  className?: string;
}) {
  return (
    <div className={className}>
      <div className="sm:hidden" dangerouslySetInnerHTML={{ __html: renderPlot(chart(NARROW_WIDTH)) }} />
      <div className="hidden sm:block" dangerouslySetInnerHTML={{ __html: renderPlot(chart(WIDE_WIDTH)) }} />
    </div>
  );
}
