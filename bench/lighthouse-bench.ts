// Lighthouse (mobile, its default emulation and simulated throttling) on the review page and the
// dashboard of a signed-in learner, and the JavaScript each page transfers: as served (Brotli, which
// Chromium accepts) and what the same scripts weigh gzipped (for browsers without Brotli).
// Prints the median of LIGHTHOUSE_RUNS runs (default 3) and each run's TBT, performance and LCP;
// asserts nothing. Run: npx tsx --conditions=react-server bench/lighthouse-bench.ts
import http from "node:http";
import { launch } from "chrome-launcher";
import lighthouse from "lighthouse";
import { startAppServer } from "./review/app-server";
import { createLearners } from "./review/create-learners";
import { findChromium } from "../tests/e2e/support/chromium-path";
import { commitLabel } from "./lib/commit-label";

const PAGES = ["/review/kubernetes-workloads", "/dashboard"];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

type Result = {
  performance: number;
  accessibility: number;
  scriptKb: number;
  scriptGzipKb: number;
  totalKb: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};

/** null when Lighthouse could not measure the page (its runtimeError): such a run has no scores, not zeros. */
async function audit(url: string, cookie: string, port: number): Promise<Result | null> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: { Cookie: cookie },
  });
  if (!result) throw new Error(`no Lighthouse result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError || lhr.categories.performance.score === null) {
    console.log(`  (${url}: a run without scores: ${lhr.runtimeError?.code ?? "no performance score"})`);
    return null;
  }
  const requests = (
    lhr.audits["network-requests"].details as unknown as {
      items: { url: string; resourceType: string; transferSize: number }[];
    }
  ).items;
  const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
  const scripts = requests.filter((r) => r.resourceType === "Script");
  const gzipBytes = await Promise.all(scripts.map((r) => gzippedSize(r.url)));
  return {
    performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
    scriptKb: kb(scripts.reduce((sum, r) => sum + r.transferSize, 0)),
    scriptGzipKb: kb(gzipBytes.reduce((sum, bytes) => sum + bytes, 0)),
    totalKb: kb(requests.reduce((sum, r) => sum + r.transferSize, 0)),
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue ?? 0),
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue ?? 0),
    cls: Math.round((lhr.audits["cumulative-layout-shift"].numericValue ?? 0) * 1000) / 1000,
  };
}

/** The body of a script as sent to a client that accepts only gzip (bytes on the wire, not decoded). */
function gzippedSize(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
        let bytes = 0;
        response.on("data", (chunk: Buffer) => (bytes += chunk.length));
        response.on("end", () => resolve(bytes));
      })
      .on("error", reject);
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const app = await startAppServer(process.cwd());
  const chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  try {
    const [learner] = await createLearners(app.baseURL, 1, 1);
    console.log(
      `lighthouse-bench ${commitLabel(process.cwd())} · ${RUNS} runs per page (median) · mobile preset · ${app.baseURL}`,
    );
    for (const page of PAGES) {
      const runs: Result[] = [];
      for (let i = 0; i < RUNS; i++) {
        const run = await audit(app.baseURL + page, learner.cookie, chrome.port);
        if (run) runs.push(run);
      }
      if (runs.length === 0) {
        console.log(`${page.padEnd(30)} no run measured the page`);
        continue;
      }
      const pick = (key: keyof Result) => median(runs.map((r) => r[key]));
      console.log(
        `${page.padEnd(30)} ${runs.length < RUNS ? `(${runs.length} of ${RUNS} runs) ` : ""}performance ${pick("performance")} · accessibility ${pick("accessibility")} · JS ${pick("scriptKb")} KB as served (${pick("scriptGzipKb")} KB gzip) · all ${pick("totalKb")} KB · LCP ${pick("lcpMs")} ms · TBT ${pick("tbtMs")} ms · CLS ${pick("cls")}`,
      );
      // Each run's own figures beside the medians: on a shared machine the spread says how far to trust them.
      console.log(
        `${"".padEnd(30)} runs: TBT ${runs.map((r) => r.tbtMs).join(" ")} ms · performance ${runs.map((r) => r.performance).join(" ")} · LCP ${runs.map((r) => r.lcpMs).join(" ")} ms`,
      );
    }
  } finally {
    chrome.kill();
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
