import "server-only";
// Runs one queued fit: claims it (compare-and-set on its status, so one process runs it), builds the
// scope's training items, fits and evaluates in a process of its own (run-optimizer.ts), and
// records the figures. The new weights replace the scope's stored ones only when they are better (isBetterFit)
// and the stored ones are still those the fit started from (compare-and-set on the text); the
// review log is only read. Any failure leaves the weights as they were and the fit marked failed with its reason.
import { isBetterFit } from "@/lib/core/optimizer/fit-decision";
import { DEFAULT_FSRS_WEIGHTS, parseFsrsWeights, serializeFsrsWeights } from "@/lib/core/scheduler/fsrs-weights";
import { db } from "../db";
import type { FitScope } from "./fit-scope";
import { runFitProcess } from "./run-optimizer";

export type FitRunOutcome = "applied" | "kept" | "failed" | "not-claimed";

/** The scope's stored weights (its own column) and the weights its reviews are scheduled with now. */
async function readScopeWeights(scope: FitScope) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: scope.userId },
    select: {
      timeZone: true,
      rolloverHour: true,
      fsrsParams: true,
      deckSettings: { where: { deckId: scope.deckId ?? "" }, select: { fsrsParams: true } },
    },
  });
  const stored = scope.deckId === null ? user.fsrsParams : (user.deckSettings[0]?.fsrsParams ?? null);
  // A deck's first fit starts from the learner's weights, which the deck was scheduled with.
  const inUse = parseFsrsWeights(stored) ?? (scope.deckId === null ? null : parseFsrsWeights(user.fsrsParams));
  return {
    boundary: { timeZone: user.timeZone, rolloverHour: user.rolloverHour },
    stored,
    inUse: inUse ?? DEFAULT_FSRS_WEIGHTS,
    inUseText: inUse ? serializeFsrsWeights(inUse) : null,
  };
}

function storeWeights(scope: FitScope, before: string | null, after: string) {
  return scope.deckId === null
    ? db.user.updateMany({ where: { id: scope.userId, fsrsParams: before }, data: { fsrsParams: after } })
    : db.userDeckSetting.updateMany({
        where: { userId: scope.userId, deckId: scope.deckId, fsrsParams: before, desiredRetention: { not: null } },
        data: { fsrsParams: after },
      });
}

export async function runFsrsFit(fitId: string, clock: () => Date): Promise<FitRunOutcome> {
  const claimed = await db.fsrsFit.updateMany({
    where: { id: fitId, status: "queued" },
    data: { status: "running", startedAt: clock() },
  });
  if (claimed.count === 0) return "not-claimed";
  const fit = await db.fsrsFit.findUniqueOrThrow({ where: { id: fitId }, select: { userId: true, deckId: true } });
  const scope: FitScope = { userId: fit.userId, deckId: fit.deckId };
  try {
    const weights = await readScopeWeights(scope);
    const result = await runFitProcess({ scope, boundary: weights.boundary, current: weights.inUse });
    await db.fsrsFit.update({
      where: { id: fitId },
      data: { ...(result.counts ?? {}), currentParams: weights.inUseText },
    });
    if (!result.ok) throw new Error(result.message);
    const { evaluation } = result;
    const fitted = serializeFsrsWeights(evaluation.proposed);
    const applied = isBetterFit(evaluation) && (await storeWeights(scope, weights.stored, fitted)).count === 1;
    await db.fsrsFit.update({
      where: { id: fitId },
      data: {
        status: "done",
        finishedAt: clock(),
        applied,
        fittedParams: fitted,
        currentLogLoss: evaluation.current.logLoss,
        currentRmse: evaluation.current.rmse,
        fittedLogLoss: evaluation.fitted.logLoss,
        fittedRmse: evaluation.fitted.rmse,
      },
    });
    return applied ? "applied" : "kept";
  } catch (error) {
    await db.fsrsFit.update({
      where: { id: fitId },
      data: { status: "failed", finishedAt: clock(), error: (error as Error).message.slice(0, 500) },
    });
    return "failed";
  }
}
