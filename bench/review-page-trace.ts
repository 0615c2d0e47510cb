// A performance trace of the review page's load at 390×844 with 4× CPU throttling (Chromium's
// DevTools tracing through playwright-core), kept for TRACE_SECONDS after the load event, and a
// summary of the main thread's long tasks (≥ 50 ms): what each one ran (script evaluation, timers,
// idle callbacks, events, messages) and where its JavaScript time went (sampled, by script URL and
// function). Writes the raw trace to bench/out/ (git-ignored) and prints the summary.
// Run: npx tsx --conditions=react-server bench/review-page-trace.ts
import fs from "node:fs";
import path from "node:path";
import { launchBrowser, PHONE } from "../tests/e2e/support/browser";
import { startAppServer } from "./review/app-server";
import { createLearners } from "./review/create-learners";
import { commitLabel } from "./lib/commit-label";

const DECK = "/review/kubernetes-workloads";
const CPU_SLOWDOWN = Number(process.env.TAP_CPU_SLOWDOWN ?? 4);
const TRACE_SECONDS = Number(process.env.TRACE_SECONDS ?? 8);
const LONG_TASK_MS = 50;
const CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "v8.execute",
  "disabled-by-default-v8.cpu_profiler",
  "toplevel",
  "blink.user_timing",
  "loading",
  "v8",
];

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
};
type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; parent?: number; callFrame: CallFrame };

const shortUrl = (url: string) => url.replace(/^https?:\/\/[^/]+/, "") || "(native)";

function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  // The renderer main thread that ran the page's scripts: most EvaluateScript time.
  const byThread = new Map<string, number>();
  for (const e of events)
    if (e.name === "EvaluateScript" || e.name === "v8.run")
      byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
  const [best] = [...byThread].sort((a, b) => b[1] - a[1]);
  const [pid, tid] = best[0].split(":").map(Number);
  return { pid, tid };
}

/** Sampled JavaScript self time per (url, function) within [start, end) µs on the main thread. */
function sampledSelfTime(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  // One profile per thread: the service worker's runs in the same process on a thread of its own.
  const profile = events.find((e) => e.name === "Profile" && e.pid === pid && e.tid === tid);
  let clock = (profile?.args?.data as { startTime: number } | undefined)?.startTime ?? 0;
  for (const e of events) {
    if (e.pid !== pid || e.name !== "ProfileChunk" || e.id !== profile?.id) continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] };
    for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      clock += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts: clock, node });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  return (start: number, end: number) => {
    const self = new Map<string, number>();
    for (let i = 0; i < samples.length - 1; i++) {
      const { ts, node } = samples[i];
      if (ts < start || ts >= end) continue;
      const frame = nodes.get(node)?.callFrame;
      if (!frame || frame.functionName === "(idle)" || frame.functionName === "(program)") continue;
      const key = frame.url
        ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}:${frame.columnNumber + 1} ${frame.functionName || "(anonymous)"}`
        : frame.functionName;
      self.set(key, (self.get(key) ?? 0) + (samples[i + 1].ts - ts));
    }
    return [...self].sort((a, b) => b[1] - a[1]);
  };
}

const WHAT = new Set([
  "EvaluateScript",
  "v8.compile",
  "v8.compileModule",
  "FunctionCall",
  "TimerFire",
  "FireIdleCallback",
  "FireAnimationFrame",
  "EventDispatch",
  "ParseHTML",
  "Layout",
  "UpdateLayoutTree",
  "Paint",
  "MajorGC",
  "MinorGC",
  "V8.GC_SCAVENGER",
  "HandlePostMessage",
  "RunMicrotasks",
  "v8.produceCache",
  "XHRReadyStateChange",
  "ResourceReceivedData",
  "ResourceFinish",
]);

function describe(e: TraceEvent): string {
  const data = (e.args?.data ?? {}) as { url?: string; functionName?: string; type?: string };
  const where = data.url ? ` ${shortUrl(data.url)}` : "";
  const what = data.functionName ? ` ${data.functionName}` : data.type ? ` ${data.type}` : "";
  return `${e.name}${what}${where}`;
}

export function summarise(events: TraceEvent[]): string[] {
  const { pid, tid } = mainThread(events);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === "X");
  const navigation =
    events.find((e) => e.name === "navigationStart" && e.pid === pid)?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const loadEvent = events.find((e) => e.name === "MarkLoad" && e.pid === pid)?.ts;
  const taskName = onMain.some((e) => e.name === "RunTask") ? "RunTask" : "ThreadControllerImpl::RunTask";
  const tasks = onMain
    .filter((e) => e.name === taskName && (e.dur ?? 0) >= LONG_TASK_MS * 1000)
    .filter(
      (task, i, all) =>
        !all.some(
          (other, j) =>
            j !== i &&
            other.ts <= task.ts &&
            other.ts + (other.dur ?? 0) >= task.ts + (task.dur ?? 0) &&
            (j < i || other.ts < task.ts),
        ),
    );
  const selfTime = sampledSelfTime(events, pid, tid);
  const lines = [
    `main thread ${pid}:${tid} · load event at ${loadEvent ? Math.round((loadEvent - navigation) / 1000) : "?"} ms · ${tasks.length} long tasks (≥ ${LONG_TASK_MS} ms, ${CPU_SLOWDOWN}× slowdown)`,
  ];
  let blocking = 0;
  for (const task of tasks) {
    const end = task.ts + (task.dur ?? 0);
    blocking += (task.dur ?? 0) / 1000 - LONG_TASK_MS;
    lines.push(`- at ${Math.round((task.ts - navigation) / 1000)} ms, ${Math.round((task.dur ?? 0) / 1000)} ms:`);
    const inside = onMain.filter(
      (e) => e !== task && e.ts >= task.ts && e.ts < end && WHAT.has(e.name) && (e.dur ?? 0) >= 2000,
    );
    const top = new Map<string, number>();
    for (const e of inside) top.set(describe(e), (top.get(describe(e)) ?? 0) + (e.dur ?? 0));
    for (const [what, dur] of [...top].sort((a, b) => b[1] - a[1]).slice(0, 6))
      lines.push(`    ${Math.round(dur / 1000)} ms ${what}`);
    for (const [where, dur] of selfTime(task.ts, end).slice(0, 6))
      lines.push(`    js self ${Math.round(dur / 1000)} ms ${where}`);
  }
  lines.push(
    `sum of the parts over ${LONG_TASK_MS} ms: ${Math.round(blocking)} ms (all long tasks, before and after load)`,
  );
  return lines;
}

async function main() {
  const app = await startAppServer(process.cwd());
  const browser = await launchBrowser();
  try {
    const [learner] = await createLearners(app.baseURL, 1, 1);
    const context = await browser.newContext({ ...PHONE, baseURL: app.baseURL });
    await context.addCookies(
      learner.cookie.split("; ").map((pair) => ({
        name: pair.slice(0, pair.indexOf("=")),
        value: pair.slice(pair.indexOf("=") + 1),
        url: app.baseURL,
      })),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(DECK, { waitUntil: "load" });
    await page.waitForTimeout(TRACE_SECONDS * 1000);
    const buffer = await browser.stopTracing();
    const out = path.resolve("bench/out");
    fs.mkdirSync(out, { recursive: true });
    const file = path.join(out, `review-page-trace-${Date.now()}.json`);
    fs.writeFileSync(file, buffer);
    const { traceEvents } = JSON.parse(buffer.toString("utf8")) as { traceEvents: TraceEvent[] };
    console.log(
      `review-page-trace ${commitLabel(process.cwd())} · ${DECK} · 390×844 · ${CPU_SLOWDOWN}× CPU slowdown · ${TRACE_SECONDS} s after load · ${file}`,
    );
    for (const line of summarise(traceEvents)) console.log(line);
  } finally {
    await browser.close();
    await app.stop();
  }
}

if (process.argv[2]) {
  // Summarise a saved trace instead: npx tsx bench/review-page-trace.ts bench/out/<file>.json
  const { traceEvents } = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as { traceEvents: TraceEvent[] };
  for (const line of summarise(traceEvents)) console.log(line);
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
