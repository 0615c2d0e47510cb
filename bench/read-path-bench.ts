// The review read path: the queue for a heavy learner built in process (10,000 cards, 100,000 logs;
// bench/review/queue-bench.ts), and GET queue + reveal over HTTP with concurrent learners against a
// production server (started as npm start does, bench/review/app-server.ts). A script that prints
// figures (no assertions on time):
//   npx tsx --conditions=react-server bench/read-path-bench.ts   (npm run bench:read-path)
// Env: BENCH_MODE (all | queue | http), BENCH_QUEUE_RUNS (30), BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (3),
// BENCH_LEARNERS (50), BENCH_HISTORY (1: each learner gets states for 80% of the built-in deck and
// 10 reviews today before the load; 0 = fresh learners).
// Figures are also written to bench/out/read-path-bench.json.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { commitLabel } from "./lib/commit-label";
import { startAppServer } from "./review/app-server";
import { createMigratedDatabase, removeTempDatabases } from "./review/bench-database";
import { createLearners } from "./review/create-learners";
import { runReadLoad, type ReadLoadResult } from "./review/http-read-load";
import { loadApp } from "./review/in-process-app";
import { cpuShare, readProcess, sampleProcess } from "./review/process-sampler";
import { measureQueueBuilding, type QueueResult } from "./review/queue-bench";
import { seedLearnerHistory } from "./review/seed-learner-history";
import { seedQueueDatabase } from "./review/seed-queue-database";
import { round, type Summary } from "./review/stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const DECK_SLUG = "kubernetes-workloads";
const numberEnv = (name: string, fallback: number) =>
  Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback;
const CONFIG = {
  mode: process.env.BENCH_MODE ?? "all",
  queueRuns: numberEnv("BENCH_QUEUE_RUNS", 30),
  measureSeconds: numberEnv("BENCH_SECONDS", 20),
  warmupSeconds: numberEnv("BENCH_WARMUP_SECONDS", 3),
  learners: numberEnv("BENCH_LEARNERS", 50),
  history: process.env.BENCH_HISTORY !== "0",
};

type HttpReport = ReadLoadResult & {
  history: string;
  serverCpuShare: number;
  clientCpuShare: number;
  peakRssMb: number;
};

const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();
const log = (message: string) => console.log(`[bench] ${message}`);
const ms = (value: number) => `${round(value, 2)} ms`;
const row = (label: string, value: string) => `  ${label.padEnd(58)} ${value}`;
const spread = (s: Summary) => `median ${ms(s.p50)}  p90 ${ms(s.p90)}  max ${ms(s.max)}`;
const percentiles = (s: Summary) => `${ms(s.p50)} / ${ms(s.p90)} / ${ms(s.p99)} / ${ms(s.max)} (n ${s.n})`;

async function measureQueue(): Promise<QueueResult> {
  const temp = await createMigratedDatabase("queue");
  const now = new Date();
  let app: Awaited<ReturnType<typeof loadApp>> | null = null;
  try {
    const seedMs = seedQueueDatabase(temp.file, now);
    app = await loadApp(temp.url);
    return await measureQueueBuilding(app, CONFIG.queueRuns, now, seedMs);
  } finally {
    await app?.db.$disconnect();
    temp.cleanup();
  }
}

async function measureHttp(): Promise<HttpReport> {
  log("starting the app (builds first if the sources changed)…");
  const server = await startAppServer(ROOT);
  try {
    const learners = await createLearners(server.baseURL, CONFIG.learners);
    let history = "none (fresh learners)";
    if (CONFIG.history) {
      const seeded = seedLearnerHistory(
        server.databaseFile!,
        learners.map((l) => l.email),
        DECK_SLUG,
        new Date(),
      );
      history = `${seeded.statesPerLearner} of ${seeded.cards} cards studied, 10 reviews today`;
    }
    log(
      `${learners.length} learners signed in; history: ${history}; load: ${CONFIG.warmupSeconds} s warm-up + ${CONFIG.measureSeconds} s measured`,
    );
    const sampler = sampleProcess(server.serverPid);
    let atStart = { server: readProcess(server.serverPid), client: process.cpuUsage(), wall: performance.now() };
    const timer = setTimeout(
      () => (atStart = { server: readProcess(server.serverPid), client: process.cpuUsage(), wall: performance.now() }),
      CONFIG.warmupSeconds * 1000,
    );
    const load = await runReadLoad({
      baseURL: server.baseURL,
      learners,
      deckSlug: DECK_SLUG,
      warmupMs: CONFIG.warmupSeconds * 1000,
      measureMs: CONFIG.measureSeconds * 1000,
    });
    clearTimeout(timer);
    const serverAtEnd = readProcess(server.serverPid);
    const client = process.cpuUsage(atStart.client);
    sampler.stop();
    return {
      ...load,
      history,
      serverCpuShare: cpuShare(atStart.server, serverAtEnd),
      clientCpuShare: (client.user + client.system) / 1000 / (performance.now() - atStart.wall),
      peakRssMb: sampler.peakRssMb(load.window.fromMs, load.window.toMs + 1000),
    };
  } finally {
    await server.stop();
  }
}

function print(report: {
  load: { before: string; after: string };
  commit: string;
  queue?: QueueResult;
  http?: HttpReport;
}): void {
  const lines = [
    "",
    "══ KubeDrill review read path ══",
    row("commit", report.commit),
    row("load before", report.load.before),
    row("load after", report.load.after),
  ];
  const q = report.queue;
  if (q) {
    lines.push(
      `── queue for one learner: ${q.runs} runs each (10,000 cards, 8,000 states, 100,000 logs; seeded in ${round(q.seedMs / 1000, 1)} s) ──`,
      row("queue counts (new / learning / review)", `${q.counts.new} / ${q.counts.learning} / ${q.counts.review}`),
      row("loadQueue", spread(q.loadQueueMs)),
      row("getReviewQueue (deck + settings + queue + 2 card views)", spread(q.getReviewQueueMs)),
      row("  beside: the queue from the whole deck (offline pack's reads)", spread(q.wholeDeckMs)),
      row("  beside: its pure part (mapping + buildReviewQueue)", spread(q.wholeDeckPureMs)),
    );
  }
  const h = report.http;
  if (h) {
    lines.push(
      `── GET queue + POST reveal over HTTP, ${CONFIG.learners} concurrent learners, one request at a time each ──`,
      row("learners' history", h.history),
      row(
        "measured window / requests (warm-up requests)",
        `${round(h.seconds, 1)} s / ${h.requests} (${h.warmupRequests})`,
      ),
      row("throughput", `${round(h.requestsPerSecond, 1)} requests/s`),
      row("all: p50 / p90 / p99 / max", percentiles(h.latencyMs)),
      row("GET queue: p50 / p90 / p99 / max", percentiles(h.byKind.queue)),
      row("POST reveal: p50 / p90 / p99 / max", percentiles(h.byKind.reveal)),
      row("network errors / non-200 answers", `${h.errors} / ${h.non200} ${JSON.stringify(h.httpStatus)}`),
      row(
        "server CPU / client CPU during the window (1.0 = one core)",
        `${round(h.serverCpuShare, 2)} / ${round(h.clientCpuShare, 2)}`,
      ),
      row("server CPU per request", ms((h.serverCpuShare * 1000) / h.requestsPerSecond)),
      row("server peak RSS in the window", `${round(h.peakRssMb, 1)} MB`),
    );
  }
  console.log(lines.join("\n"));
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const before = uptime();
  log(`load before: ${before}`);
  const queue = CONFIG.mode === "all" || CONFIG.mode === "queue" ? await measureQueue() : undefined;
  const http = CONFIG.mode === "all" || CONFIG.mode === "http" ? await measureHttp() : undefined;
  const report = { config: CONFIG, commit: commitLabel(ROOT), load: { before, after: uptime() }, queue, http };
  print(report);
  fs.mkdirSync(path.join(ROOT, "bench/out"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench/out/read-path-bench.json"), JSON.stringify(report, null, 2) + "\n");
}

process.once("SIGINT", () => (removeTempDatabases(), process.exit(130)));
main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
