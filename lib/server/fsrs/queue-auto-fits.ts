import "server-only";
// The automatic re-fit: every SWEEP_MS each process looks at learners who reviewed lately and queues
// a fit for each of their weights (their own, and each deck's with its own retention) that has
// isAutoFitDue: 400 reviews in all, then 500 more since the last fit. Recorded like any fit, with
// trigger 'auto'. Several processes may sweep at once: an open fit is never queued twice, and each
// queued fit is run once (run-fsrs-fit.ts claims it).
import { isAutoFitDue } from "@/lib/core/optimizer/fit-decision";
import { timestampValue } from "../db/sql-dialect";
import { db } from "../db";
import type { FitScope } from "./fit-scope";
import { kickFsrsFits } from "./fsrs-fit-queue";
import { countTrainedReviews } from "./read-training-set";
import { queueFsrsFit } from "./request-fsrs-fit";

export const SWEEP_MS = 10 * 60_000;

async function activeLearners(since: Date): Promise<string[]> {
  // One index range per learner ((userId, reviewedAt)), not a scan of the whole log.
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "User" u
    WHERE EXISTS (SELECT 1 FROM "ReviewLog" l WHERE l."userId" = u."id" AND l."reviewedAt" >= ${timestampValue(since)})`;
  return rows.map((row) => row.id);
}

async function isDue(scope: FitScope): Promise<boolean> {
  const last = await db.fsrsFit.findFirst({
    where: { userId: scope.userId, deckId: scope.deckId },
    orderBy: { requestedAt: "desc" },
    select: { status: true, logCount: true },
  });
  if (last && (last.status === "queued" || last.status === "running")) return false;
  return isAutoFitDue(await countTrainedReviews(scope), last?.logCount ?? null);
}

/** Queues the automatic fits due for learners with a review since `since`; returns how many. */
export async function queueAutoFits(now: Date, since: Date): Promise<number> {
  let queued = 0;
  for (const userId of await activeLearners(since)) {
    const decks = await db.userDeckSetting.findMany({
      where: { userId, desiredRetention: { not: null } },
      select: { deckId: true },
    });
    for (const scope of [{ userId, deckId: null }, ...decks.map((d) => ({ userId, deckId: d.deckId }))] as FitScope[]) {
      if (await isDue(scope)) queued += (await queueFsrsFit(scope, "auto", now)).queued ? 1 : 0;
    }
  }
  return queued;
}

const shared = globalThis as unknown as { kubedrillFsrsSweep?: NodeJS.Timeout };

/** Starts this process's sweeps (once per process); the timer never keeps the process alive. */
export function startFsrsFitSweeps(): void {
  if (shared.kubedrillFsrsSweep) return;
  const sweep = async () => {
    const now = new Date();
    try {
      // Twice the period back, so a sweep that ran late or a restart misses no one.
      await queueAutoFits(now, new Date(now.getTime() - 2 * SWEEP_MS));
    } catch (error) {
      console.error(`FSRS auto fits: ${(error as Error).message}`);
    }
    await kickFsrsFits();
  };
  shared.kubedrillFsrsSweep = setInterval(() => void sweep(), SWEEP_MS);
  shared.kubedrillFsrsSweep.unref();
  setTimeout(() => void sweep(), 30_000).unref();
}
