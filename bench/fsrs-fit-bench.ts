// FSRS optimisation (issue 18): how long a fit takes, and whether reviews keep flowing while one runs.
// A script that prints figures (no assertions on time):
//   npx tsx --conditions=react-server bench/fsrs-fit-bench.ts
// 1. In process on a SQLite file: for learners with 1,000, 10,000 and 100,000 logged reviews, the
//    time to read the log and build the items (readTrainingSet), to fit and evaluate on the worker
//    thread (fitInWorker), and the longest stall of this process's event loop meanwhile.
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
const numberEnv = (name: string, fallback: number) => (Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback);
const log = (message: string) => console.log(`[bench] ${message}`);

type FitFigure = { reviews: number; items: number; readMs: number; fitMs: number; readLoopStallMs: number; fitLoopStallMs: number; logLossBefore: number; logLossAfter: number };

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
    const { fitInWorker } = await import("../lib/server/fsrs/fit-in-worker");
    const { DEFAULT_FSRS_WEIGHTS } = await import("../lib/core/scheduler/fsrs-weights");
    const figures: FitFigure[] = [];
    for (const { userId, reviews } of users) {
      const readStalls = monitorEventLoopDelay({ resolution: 5 });
      readStalls.enable();
      let t0 = performance.now();
      const set = await readTrainingSet({ userId, deckId: null }, { timeZone: "Asia/Tokyo", rolloverHour: 4 });
      const readMs = performance.now() - t0;
      readStalls.disable();
      const fitStalls = monitorEventLoopDelay({ resolution: 5 });
      fitStalls.enable();
      t0 = performance.now();
      const fit = await fitInWorker(set.items, DEFAULT_FSRS_WEIGHTS);
      const fitMs = performance.now() - t0;
      fitStalls.disable();
      const [readLoopStallMs, fitLoopStallMs] = [round(readStalls.max / 1e6), round(fitStalls.max / 1e6)];
      figures.push({ reviews, items: set.items.length, readMs: round(readMs), fitMs: round(fitMs), readLoopStallMs, fitLoopStallMs, logLossBefore: round(fit.current.logLoss, 4), logLossAfter: round(fit.fitted.logLoss, 4) });
      log(`${reviews} reviews: ${set.items.length} items, read+build ${Math.round(readMs)} ms (longest event-loop stall ${readLoopStallMs} ms), fit+evaluate on the worker ${Math.round(fitMs)} ms (longest stall ${fitLoopStallMs} ms)`);
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
    report.http = await measureReviewsBesideFits(ROOT, {
      learners: numberEnv("BENCH_LEARNERS", 20), measureMs: numberEnv("BENCH_SECONDS", 15) * 1000, warmupMs: numberEnv("BENCH_WARMUP_SECONDS", 3) * 1000, heavyReviews: 100_000,
    }, log);
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
