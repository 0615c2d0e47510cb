import "server-only";
// Runs the FSRS optimizer (fsrs-rs through @open-spaced-repetition/binding) on a worker thread: the
// binding builds its items, fits and evaluates synchronously for part of the time (about 0.6 s of a
// 100,000-item fit, measured in bench/fsrs-fit-bench.ts), which would hold up every request of this
// process on the main thread. The worker's code is inline (no file to find after a build) and loads
// the binding from the path resolved here.
import { createRequire } from "node:module";
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { FitEvaluation, FitFigures } from "@/lib/core/optimizer/fit-decision";
import type { FsrsTrainingItem } from "@/lib/core/optimizer/fsrs-training-items";
import type { FsrsWeights } from "@/lib/core/scheduler/fsrs-weights";

// workerData: { bindingPath, items: [[rating, deltaT], …][], fit: boolean, evaluate: weights[] };
// answers the fitted weights (when asked) and the figures of each evaluated set, then the fitted one.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const binding = require(workerData.bindingPath);
(async () => {
  const items = workerData.items.map((reviews) => new binding.FSRSBindingItem(reviews.map(([rating, deltaT]) => new binding.FSRSBindingReview(rating, deltaT))));
  const proposed = workerData.fit ? await binding.computeParameters(items, { enableShortTerm: true }) : null;
  const figures = (weights) => { const e = new binding.FSRSBinding(weights).evaluate(items); return { logLoss: e.logLoss, rmse: e.rmseBins }; };
  const evaluated = [...workerData.evaluate, ...(proposed ? [proposed] : [])].map(figures);
  parentPort.postMessage({ ok: true, proposed, figures: evaluated });
})().catch((error) => parentPort.postMessage({ ok: false, message: String((error && error.message) || error) }));
`;

function bindingPath(): string {
  // Resolved from the project (not this module's bundled location), so Next, tsx and Vitest agree.
  return createRequire(path.join(process.cwd(), "package.json")).resolve("@open-spaced-repetition/binding");
}

export class FitError extends Error {}

type WorkerAnswer = { ok: true; proposed: number[] | null; figures: FitFigures[] } | { ok: false; message: string };

function runWorker(items: readonly FsrsTrainingItem[], fit: boolean, evaluate: readonly FsrsWeights[]): Promise<{ proposed: number[] | null; figures: FitFigures[] }> {
  if (items.length === 0) return Promise.reject(new FitError("no training items"));
  const workerData = { bindingPath: bindingPath(), fit, evaluate: evaluate.map((w) => [...w]), items: items.map((item) => item.reviews.map((r) => [r.rating, r.deltaT])) };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once("message", (answer: WorkerAnswer) => settle(() => (answer.ok ? resolve(answer) : reject(new FitError(answer.message)))));
    worker.once("error", (error) => settle(() => reject(new FitError(error.message, { cause: error }))));
    worker.once("exit", (code) => settle(() => reject(new FitError(`fit worker exited with code ${code}`))));
  });
}

/**
 * Fits FSRS-6 weights to `items` and evaluates the `current` weights and the fitted ones on them
 * (log loss and binned RMSE, the binding's evaluation). Rejects with FitError when the optimizer fails.
 */
export async function fitInWorker(items: readonly FsrsTrainingItem[], current: FsrsWeights): Promise<FitEvaluation> {
  const { proposed, figures } = await runWorker(items, true, [current]);
  if (!proposed) throw new FitError("the optimizer returned no weights");
  return { proposed, current: figures[0], fitted: figures[1] };
}

/** The binding's evaluation of each set of weights on `items`. */
export async function evaluateInWorker(items: readonly FsrsTrainingItem[], weights: readonly FsrsWeights[]): Promise<FitFigures[]> {
  return (await runWorker(items, false, weights)).figures;
}
