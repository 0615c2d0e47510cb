import "server-only";
// Observable Plot drawn on the server: linkedom stands in for the browser's document, so the page
// ships an SVG and no chart JavaScript.
import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";

const { document } = parseHTML("<!doctype html><html><body></body></html>");

/**
 * The chart as SVG markup, hidden from assistive technology: every chart sits in a <figure> whose
 * caption names it and whose visually hidden table or sentence gives the same numbers.
 * `stretch` lets a chart without text fill its box at any width (bars only).
 */
export function renderPlot(options: Plot.PlotOptions, { stretch = false } = {}): string {
  const svg = Plot.plot({ ...options, document: document as unknown as Document }) as unknown as Element;
  // Plot puts a <style> block in every chart; a page of charts then restyles the whole document once
  // per block. The few rules it holds are inline styles instead (PLOT_STYLE).
  for (const style of [...svg.querySelectorAll("style")]) style.remove();
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  if (stretch) svg.setAttribute("preserveAspectRatio", "none");
  return svg.outerHTML;
}

/** What Plot's own <style> block gave every chart, plus a legible font size. */
export const PLOT_STYLE = { display: "block", height: "auto", maxWidth: "100%", fontSize: "12px" } as const;
