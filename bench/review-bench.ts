// Review write throughput over HTTP on SQLite and on PostgreSQL (a throwaway local cluster), each
// beside its raw ceiling for the same write, and queue building for a heavy learner. A script that
// prints figures (no assertions on time):
//   npx tsx --conditions=react-server bench/review-bench.ts
// Env: BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (3), BENCH_LEARNERS (50), BENCH_RAW_SECONDS (3: each raw
// SQLite variant, the raw PostgreSQL write and the in-process recordReview loop), BENCH_QUEUE_RUNS (20),
// BENCH_POSTGRES (1; 0 skips the PostgreSQL run).
// Figures are also written to bench/out/review-bench.json.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabaseClient, type Database } from "../lib/server/db/create-database-client";
import { startAppServer, type AppServer } from "./review/app-server";
import { removeTempDatabases } from "./review/bench-database";
import { createLearners } from "./review/create-learners";
import { runReviewLoad } from "./review/http-review-load";
import { printReport, type BenchReport } from "./review/print-report";
import { cpuShare, readProcess, readProcessTree, sampleProcess } from "./review/process-sampler";
import { measureInProcess } from "./review/in-process-bench";
import { measureRawCeiling } from "./review/raw-sqlite-ceiling";
import { commitLabel } from "./lib/commit-label";
import { measureRawPostgresCeiling } from "./review/raw-postgres-ceiling";
import { createDatabase, startThrowawayPostgres } from "../scripts/lib/throwaway-postgres";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COMMAND = "npx tsx --conditions=react-server bench/review-bench.ts";
const DECK_SLUG = "kubernetes-workloads";
const numberEnv = (name: string, fallback: number) =>
  Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback;
const CONFIG = {
  measureSeconds: numberEnv("BENCH_SECONDS", 20),
  warmupSeconds: numberEnv("BENCH_WARMUP_SECONDS", 3),
  learners: numberEnv("BENCH_LEARNERS", 50),
  rawSeconds: numberEnv("BENCH_RAW_SECONDS", 3),
  queueRuns: numberEnv("BENCH_QUEUE_RUNS", 20),
  postgres: process.env.BENCH_POSTGRES !== "0",
};

const uptime = () => execFileSync("uptime", { encoding: "utf8" }).trim();
const log = (message: string) => console.log(`[bench] ${message}`);

function machine(): BenchReport["machine"] {
  const fsType =
    execFileSync("df", ["--output=fstype", os.tmpdir()], { encoding: "utf8" }).trim().split("\n").pop() ?? "?";
  const commit = commitLabel(ROOT);
  return { cpus: os.cpus().length, node: process.version, filesystem: `${fsType} (${os.tmpdir()})`, commit };
}

/** Reads from the app's database with a client of the bench's own (SQLite or PostgreSQL alike). */
async function withDatabase<T>(url: string, read: (db: Database) => Promise<T>): Promise<T> {
  const db = createDatabaseClient(url);
  try {
    return await read(db);
  } finally {
    await db.$disconnect();
  }
}

const readDeck = (url: string) =>
  withDatabase(url, async (db) => {
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: DECK_SLUG }, select: { id: true } });
    const cards = await db.card.findMany({
      where: { deckId: deck.id, retiredAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    return { cardIds: cards.map((c) => c.id) };
  });

const countReviewLogs = (url: string) => withDatabase(url, (db) => db.reviewLog.count());

/** databasePid: a database server whose CPU (with its children's) is measured over the same window, the postmaster on PostgreSQL. */
async function measureHttp(
  server: AppServer,
  setup: BenchReport["setup"],
  cardIds: string[],
  databasePid?: number,
): Promise<BenchReport["http"]> {
  const sampler = sampleProcess(server.serverPid);
  const started = Date.now();
  const t0 = performance.now();
  const learners = await createLearners(server.baseURL, CONFIG.learners);
  setup.signUpMs = performance.now() - t0;
  log(
    `${learners.length} learners signed in (${Math.round(setup.signUpMs)} ms); load: ${CONFIG.warmupSeconds} s warm-up + ${CONFIG.measureSeconds} s measured`,
  );
  const sampleAll = () => ({
    server: readProcess(server.serverPid),
    database: databasePid ? readProcessTree(databasePid) : null,
    client: process.cpuUsage(),
    wall: performance.now(),
  });
  let atWindowStart = sampleAll();
  const timer = setTimeout(() => (atWindowStart = sampleAll()), CONFIG.warmupSeconds * 1000);
  const load = await runReviewLoad({
    baseURL: server.baseURL,
    learners,
    cardIds,
    warmupMs: CONFIG.warmupSeconds * 1000,
    measureMs: CONFIG.measureSeconds * 1000,
  });
  clearTimeout(timer);
  const serverAtEnd = readProcess(server.serverPid);
  const databaseAtEnd = databasePid ? readProcessTree(databasePid) : null;
  const client = process.cpuUsage(atWindowStart.client);
  sampler.stop();
  const recordedResponses = (load.outcomes.recorded ?? 0) + (load.warmupOutcomes.recorded ?? 0);
  return {
    ...load,
    serverCpuShare: cpuShare(atWindowStart.server, serverAtEnd),
    ...(databasePid ? { databaseCpuShare: cpuShare(atWindowStart.database, databaseAtEnd) } : {}),
    clientCpuShare: (client.user + client.system) / 1000 / (performance.now() - atWindowStart.wall),
    peakRssMb: sampler.peakRssMb(load.window.fromMs, load.window.toMs + 1000),
    peakRssMbAll: sampler.peakRssMb(started),
    rssTimeline: sampler.samples.map((x) => ({
      atS: Math.round((x.atMs - started) / 1000),
      rssMb: Math.round(x.rssMb),
    })),
    reviewLogRows: await countReviewLogs(server.databaseUrl),
    recordedResponses,
  };
}

/** The first line of postmaster.pid in the cluster's data folder. */
const postmasterPid = (dataDir: string) =>
  Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);

/** The same HTTP load on PostgreSQL: one instance on a throwaway local cluster (fsync and synchronous_commit on). */
async function measurePostgres(): Promise<NonNullable<BenchReport["postgres"]>> {
  log("PostgreSQL: starting a throwaway cluster and the app on it…");
  const postgres = await startThrowawayPostgres();
  try {
    const url = await createDatabase(postgres.url, "bench");
    const t0 = performance.now();
    const server = await startAppServer(ROOT, { DATABASE_URL: url });
    const setup = { serverStartMs: performance.now() - t0, learners: CONFIG.learners, signUpMs: 0, deckCards: 0 };
    let http: BenchReport["http"];
    try {
      const { cardIds } = await readDeck(url);
      setup.deckCards = cardIds.length;
      http = await measureHttp(server, setup, cardIds, postmasterPid(postgres.dataDir));
    } finally {
      await server.stop();
    }
    log(
      `PostgreSQL HTTP done: ${Math.round(http.requestsPerSecond)} requests/s; measuring the raw PostgreSQL write (${CONFIG.rawSeconds} s)…`,
    );
    const raw = await measureRawPostgresCeiling(postgres.url, CONFIG.rawSeconds);
    return { setup, http, raw };
  } finally {
    postgres.stop();
  }
}

async function main(): Promise<void> {
  process.chdir(ROOT); // start.mjs, migrations and the e2e helpers resolve paths from the repo root
  const startedAt = new Date().toISOString();
  const before = uptime();
  log(`load before: ${before}`);
  log("starting the app (builds first if the sources changed)…");
  const t0 = performance.now();
  const server = await startAppServer(ROOT);
  const stopOnSignal = () => void server.stop().finally(() => (removeTempDatabases(), process.exit(130)));
  process.once("SIGINT", stopOnSignal);
  process.once("SIGTERM", stopOnSignal);
  const setup = { serverStartMs: performance.now() - t0, learners: CONFIG.learners, signUpMs: 0, deckCards: 0 };
  log(`app ready at ${server.baseURL} (server.mjs pid ${server.serverPid}) in ${Math.round(setup.serverStartMs)} ms`);
  let http: BenchReport["http"];
  try {
    const { cardIds } = await readDeck(server.databaseUrl);
    setup.deckCards = cardIds.length;
    http = await measureHttp(server, setup, cardIds);
  } finally {
    await server.stop();
  }
  log(
    `HTTP done: ${Math.round(http.requestsPerSecond)} requests/s; measuring raw SQLite (${CONFIG.rawSeconds} s per variant)…`,
  );
  const raw = await measureRawCeiling(CONFIG.rawSeconds);
  log("in process: seeding the heavy learner, timing the queue, then recordReview without HTTP…");
  const { queue, record } = await measureInProcess({ queueRuns: CONFIG.queueRuns, recordSeconds: CONFIG.rawSeconds });
  const postgres = CONFIG.postgres ? await measurePostgres() : undefined;
  const report: BenchReport = {
    command: COMMAND,
    startedAt,
    machine: machine(),
    load: { before, after: uptime() },
    setup,
    http,
    raw,
    record,
    shareOfCeiling: http.requestsPerSecond / raw[0].txPerSecond,
    queue,
    postgres,
  };
  printReport(report);
  fs.mkdirSync(path.join(ROOT, "bench/out"), { recursive: true });
  fs.writeFileSync(
    path.join(ROOT, "bench/out/review-bench.json"),
    JSON.stringify({ config: CONFIG, ...report }, null, 2) + "\n",
  );
  log("figures written to bench/out/review-bench.json");
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
