// Tap on a rating → next card painted, on the review page of a signed-in learner, at 390×844 with
// 4× CPU throttling (CDP Emulation.setCPUThrottlingRate), measured inside the page:
// - paint: from the tap's pointerdown (event.timeStamp) to the first frame after the card element
//   carries the next card's id (requestAnimationFrame, then a message-channel task: that frame has
//   been produced by then);
// - event: the Event Timing API's duration of the tap's interaction (input delay + processing +
//   presentation; only entries of 16 ms and more are reported, so "<16" means below that).
// Each run is a fresh learner and page: the learner reads the answer for READ_MS before tapping.
// Prints figures; asserts nothing. Run: npx tsx --conditions=react-server bench/tap-to-next-bench.ts
// (TAP_RUNS learners, default 3; TAP_RATINGS per learner, default 20; TAP_CPU_SLOWDOWN, default 4).
import type { Page } from "playwright-core";
import { launchBrowser, PHONE } from "../tests/e2e/support/browser";
import { startAppServer } from "./review/app-server";
import { createLearners, type Learner } from "./review/create-learners";
import { commitLabel } from "./lib/commit-label";

const RUNS = Number(process.env.TAP_RUNS ?? 3);
const RATINGS = Number(process.env.TAP_RATINGS ?? 20);
const CPU_SLOWDOWN = Number(process.env.TAP_CPU_SLOWDOWN ?? 4);
const READ_MS = 600;
const DECK = "/review/kubernetes-workloads";

type Sample = { paintMs: number; eventMs: number | null };

/**
 * Arms the in-page probe for the next tap on a rating button (window.__tap resolves with its
 * sample). Plain JavaScript in a string: tsx would wrap named functions in a helper the page lacks.
 */
const PROBE = `(() => {
  const before = document.querySelector("[data-testid=card]")?.getAttribute("data-card-id");
  window.__tap = new Promise((resolve) => {
    let start = -1;
    const events = [];
    const timing = new PerformanceObserver((list) => events.push(...list.getEntries()));
    timing.observe({ type: "event", durationThreshold: 16 });
    const painted = (end) => {
      // Event Timing entries are queued after the frame they waited for: give them a moment.
      setTimeout(() => {
        events.push(...timing.takeRecords());
        timing.disconnect();
        const ours = events.filter((e) => e.interactionId > 0 && e.startTime >= start - 1);
        resolve({ paintMs: end - start, eventMs: ours.length ? Math.max(...ours.map((e) => e.duration)) : null });
      }, 300);
    };
    const watch = new MutationObserver(() => {
      const now = document.querySelector("[data-testid=card]")?.getAttribute("data-card-id");
      if (start < 0 || now === before) return;
      watch.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => painted(performance.now());
        channel.port2.postMessage(null);
      });
    });
    watch.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-card-id"] });
    document.addEventListener("pointerdown", (event) => {
      if (event.target.closest("[data-rating]")) start = event.timeStamp;
    }, { capture: true, once: true });
  });
})()`;

async function reveal(page: Page): Promise<void> {
  const typed = page.locator("#typed-answer");
  if (await typed.count()) {
    await typed.fill("kubectl get pods");
    await typed.press("Enter");
  } else {
    await page.getByTestId("card").tap();
  }
  await page.locator('[data-rating="3"]:not([disabled])').waitFor();
}

async function runLearner(baseURL: string, learner: Learner): Promise<Sample[]> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ ...PHONE, baseURL });
    await context.addCookies(
      learner.cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: baseURL };
      }),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.goto(DECK);
    await page.locator("[data-session-ready=true] [data-testid=card]").waitFor();
    const samples: Sample[] = [];
    for (let i = 0; i < RATINGS; i++) {
      if (!(await page.getByTestId("card").count())) break; // the session ended (no more due cards)
      await reveal(page);
      await page.waitForTimeout(READ_MS);
      await page.evaluate(PROBE);
      const button = await page.locator('[data-rating="3"]').boundingBox();
      if (!button) throw new Error("no rating button");
      await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
      samples.push((await page.evaluate("window.__tap")) as Sample);
    }
    return samples;
  } finally {
    await browser.close();
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (value: number) => `${Math.round(value)} ms`;

function summary(samples: Sample[]): string {
  const paint = samples.map((s) => s.paintMs);
  const events = samples.map((s) => s.eventMs ?? 0);
  const under = samples.filter((s) => s.eventMs === null).length;
  return (
    `${samples.length} taps · tap→next card painted median ${ms(percentile(paint, 50))} p90 ${ms(percentile(paint, 90))} max ${ms(Math.max(...paint))}` +
    ` · Event Timing median ${under * 2 > samples.length ? "<16 ms" : ms(percentile(events, 50))} p90 ${ms(percentile(events, 90))} max ${ms(Math.max(...events))} (${under} under 16 ms)`
  );
}

async function main() {
  const app = await startAppServer(process.cwd());
  try {
    const learners = await createLearners(app.baseURL, RUNS, 1);
    console.log(
      `tap-to-next-bench ${commitLabel(process.cwd())} · ${DECK} · 390×844 · ${CPU_SLOWDOWN}× CPU slowdown · ${RUNS} learners × up to ${RATINGS} ratings · ${app.baseURL}`,
    );
    const all: Sample[] = [];
    for (const [index, learner] of learners.entries()) {
      const samples = await runLearner(app.baseURL, learner);
      console.log(`  learner ${index + 1}: ${summary(samples)}`);
      all.push(...samples);
    }
    console.log(`all: ${summary(all)}`);
  } finally {
    await app.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
