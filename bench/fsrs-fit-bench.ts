// FSRS optimisation (issue 18): how long a fit takes, and whether reviews keep flowing while one runs.
// A script that prints figures (no assertions on time):
//   npx tsx --conditions=react-server bench/fsrs-fit-bench.ts
// 1. On a SQLite file, for learners with 1,000, 10,000 and 100,000 logged reviews: the time to read
//    the log and build the items (readTrainingSet) and to fit and evaluate (fitFsrs) in this process,
//    then the whole fit as the server runs it (runFitProcess: a process of its own, niced) with the
//    longest stall of this process's event loop meanwhile.
// 2. Over HTTP against `npm start` (builds first if the sources changed): 20 learners posting
//    reviews one at a time each, review-submit latency without and then with fits running back to
//    back for a learner with 100,000 reviews (Optimise through the real server action).
// Env: BENCH_SECONDS (15 per window), BENCH_WARMUP_SECONDS (3), BENCH_LEARNERS (20), BENCH_HTTP (1; 0 skips part 2).
// Figures are also written to bench/out/fsrs-fit-bench.json.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createMigratedDatabase, insertUser, openSqlite, removeTempDatabases } from "./review/bench-database";
import { seedReviewHistory } from "./fsrs/seed-review-history";
import { measureReviewsBesideFits } from "./fsrs/reviews-beside-fits";
import { round } from "./review/stats";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SIZES = [1_000, 10_000, 100_000];
const numberEnv = (name: string, fallback: number) =>
  Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback;
const log = (message: string) => console.log(`[bench] ${message}`);

type FitFigure = {
  reviews: number;
  items: number;
  readMs: number;
  fitMs: number;
  processMs: number;
  serverLoopStallMs: number;
  logLossBefore: number;
  logLossAfter: number;
};

async function measureFitTimes(): Promise<FitFigure[]> {
  const database = await createMigratedDatabase("fsrs-fit");
  try {
    const sqlite = openSqlite(database.file);
    const users = SIZES.map((reviews) => {
      const userId = `fit-${reviews}-${crypto.randomUUID()}`;
      insertUser(sqlite, userId, new Date());
      seedReviewHistory(sqlite, userId, reviews, String(reviews));
      return { userId, reviews };
    });
    sqlite.close();
    process.env.DATABASE_URL = database.url;
    process.env.DATA_DIR = database.dir;
    const { readTrainingSet } = await import("../lib/server/fsrs/read-training-set");
    const { fitFsrs } = await import("../lib/server/fsrs/fsrs-binding");
    const { runFitProcess } = await import("../lib/server/fsrs/run-optimizer");
    const { DEFAULT_FSRS_WEIGHTS } = await import("../lib/core/scheduler/fsrs-weights");
    const boundary = { timeZone: "Asia/Tokyo", rolloverHour: 4 };
    const figures: FitFigure[] = [];
    for (const { userId, reviews } of users) {
      const scope = { userId, deckId: null };
      let t0 = performance.now();
      const set = await readTrainingSet(scope, boundary);
      const readMs = performance.now() - t0;
      t0 = performance.now();
      const fit = await fitFsrs(set.items, DEFAULT_FSRS_WEIGHTS);
      const fitMs = performance.now() - t0;
      // The way the server runs it: all of the above in the fit process, this process's loop free.
      const stalls = monitorEventLoopDelay({ resolution: 5 });
      stalls.enable();
      t0 = performance.now();
      const result = await runFitProcess({ scope, boundary, current: DEFAULT_FSRS_WEIGHTS });
      const processMs = performance.now() - t0;
      stalls.disable();
      if (!result.ok) throw new Error(result.message);
      const serverLoopStallMs = round(stalls.max / 1e6);
      figures.push({
        reviews,
        items: set.items.length,
        readMs: round(readMs),
        fitMs: round(fitMs),
        processMs: round(processMs),
        serverLoopStallMs,
        logLossBefore: round(fit.current.logLoss, 4),
        logLossAfter: round(fit.fitted.logLoss, 4),
      });
      log(
        `${reviews} reviews: ${set.items.length} items; in one process: read+build ${Math.round(readMs)} ms, fit+evaluate ${Math.round(fitMs)} ms; as the server runs it (fit process, niced): ${Math.round(processMs)} ms, longest stall of the caller's event loop ${serverLoopStallMs} ms`,
      );
    }
    return figures;
  } finally {
    database.cleanup();
  }
}

async function main(): Promise<void> {
  process.chdir(ROOT);
  const report: Record<string, unknown> = { startedAt: new Date().toISOString() };
  report.fitTimes = await measureFitTimes();
  if (process.env.BENCH_HTTP !== "0") {
    report.http = await measureReviewsBesideFits(
      ROOT,
      {
        learners: numberEnv("BENCH_LEARNERS", 20),
        measureMs: numberEnv("BENCH_SECONDS", 15) * 1000,
        warmupMs: numberEnv("BENCH_WARMUP_SECONDS", 3) * 1000,
        heavyReviews: 100_000,
      },
      log,
    );
  }
  fs.mkdirSync(path.join(ROOT, "bench/out"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench/out/fsrs-fit-bench.json"), JSON.stringify(report, null, 2));
  console.log(JSON.stringify(report, null, 2));
}

main()
  .catch((error: Error) => {
    console.error(error.stack ?? error.message);
    process.exitCode = 1;
  })
  .finally(removeTempDatabases);
