import "server-only";
// Everything heavy about one fit, run in the fit process (fit-child.ts): count the scope's reviews,
// read them and build the items, fit and evaluate. Nothing is written here.
import type { FitEvaluation } from "@/lib/core/optimizer/fit-decision";
import type { DayBoundary } from "@/lib/core/optimizer/fsrs-training-items";
import type { FsrsWeights } from "@/lib/core/scheduler/fsrs-weights";
import type { FitScope } from "./fit-scope";
import { FitError, fitFsrs } from "./fsrs-binding";
import { countTrainedReviews, readTrainingSet } from "./read-training-set";

export type FitJob = { scope: FitScope; boundary: DayBoundary; current: FsrsWeights };
export type FitCounts = { logCount: number; reviewCount: number; itemCount: number };
export type FitResult =
  { ok: true; counts: FitCounts; evaluation: FitEvaluation } | { ok: false; counts: FitCounts | null; message: string };

export async function computeFit(job: FitJob): Promise<FitResult> {
  const logCount = await countTrainedReviews(job.scope);
  const set = await readTrainingSet(job.scope, job.boundary);
  const counts = { logCount, reviewCount: set.reviewCount, itemCount: set.items.length };
  if (set.items.length === 0) return { ok: false, counts, message: "not-enough-reviews" };
  try {
    return { ok: true, counts, evaluation: await fitFsrs(set.items, job.current) };
  } catch (error) {
    if (error instanceof FitError) return { ok: false, counts, message: error.message };
    return { ok: false, counts, message: `optimizer: ${(error as Error).message}` };
  }
}
