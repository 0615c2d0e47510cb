// axe-core inside a Playwright page, with findings shaped so a failed test says what to fix where.
import fs from "node:fs";
import path from "node:path";
import type { AxeResults } from "axe-core";
import type { BrowserContext, Page } from "playwright-core";

const AXE_SOURCE = fs.readFileSync(path.resolve("node_modules/axe-core/axe.min.js"), "utf8");
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const FAILING_IMPACTS = new Set(["serious", "critical"]);

export type AxeFinding = {
  rule: string;
  impact: string;
  help: string;
  failing: boolean;
  nodes: { target: string; summary: string }[];
};

/**
 * Puts axe into every document the context opens, before the page's own scripts: cheaper than
 * sending it into each page (the tab's renderer keeps it compiled), and inert until runAxe calls it.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: AXE_SOURCE });
}

/**
 * Runs axe on the page as it is now. The pages carry a nonce CSP (proxy.ts) that blocks an injected
 * <script> tag; page.evaluate goes through the DevTools protocol, which the CSP does not govern, so
 * the app is tested under its real policy (no bypassCSP).
 */
export async function runAxe(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
        document,
        { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] },
      ),
    [...WCAG_TAGS, "best-practice"],
  );
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact ?? "unknown",
    help: v.help,
    // Best-practice rules are reported but never fail: only WCAG A/AA rules at serious or critical do.
    failing: FAILING_IMPACTS.has(v.impact ?? "") && v.tags.some((tag) => WCAG_TAGS.includes(tag)),
    nodes: v.nodes.map((n) => ({
      target: n.target.map(String).join(" "),
      summary: (n.failureSummary ?? "").replace(/\s+/g, " ").trim(),
    })),
  }));
}

/** One block per rule: rule id, impact, help, then up to five offending selectors with axe's own summary. */
export function formatFindings(findings: AxeFinding[]): string {
  return findings
    .map((f) => {
      const shown = f.nodes.slice(0, 5).map((n) => `    ${n.target}\n      ${n.summary}`);
      const more = f.nodes.length > 5 ? [`    … and ${f.nodes.length - 5} more`] : [];
      return [`  [${f.impact}${f.failing ? "" : ", not failing"}] ${f.rule}: ${f.help}`, ...shown, ...more].join("\n");
    })
    .join("\n");
}
