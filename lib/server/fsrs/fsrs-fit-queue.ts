import "server-only";
// The queue of fits is the FsrsFit table: any process may add to it, and each queued fit is run by
// the one process whose claim succeeds (run-fsrs-fit.ts). A process drains it one fit at a time in
// the background — never inside a request — when a fit is asked for and on a timer; a fit whose
// process died while running is queued again after STALE_AFTER_MS. Nothing here is needed for
// correctness beyond the database rows: the in-process flags only avoid two drains at once.
import { db } from "../db";
import { runFsrsFit } from "./run-fsrs-fit";

const STALE_AFTER_MS = 15 * 60_000;

type DrainState = { running: Promise<void> | null; again: boolean };
const shared = globalThis as unknown as { kubedrillFsrsDrain?: DrainState };
const state: DrainState = (shared.kubedrillFsrsDrain ??= { running: null, again: false });

async function requeueStale(now: Date): Promise<void> {
  await db.fsrsFit.updateMany({
    where: { status: "running", startedAt: { lt: new Date(now.getTime() - STALE_AFTER_MS) } },
    data: { status: "queued", startedAt: null },
  });
}

async function drainOnce(clock: () => Date): Promise<void> {
  await requeueStale(clock());
  for (;;) {
    const next = await db.fsrsFit.findFirst({
      where: { status: "queued" },
      orderBy: { requestedAt: "asc" },
      select: { id: true },
    });
    if (!next) return;
    await runFsrsFit(next.id, clock);
  }
}

/**
 * Starts draining the queue in this process unless a drain is already running (which then goes
 * round once more). Never rejects: a failure is logged and the queued rows wait for the next kick.
 */
export function kickFsrsFits(clock: () => Date = () => new Date()): Promise<void> {
  state.again = true;
  if (!state.running) {
    state.running = (async () => {
      while (state.again) {
        state.again = false;
        await drainOnce(clock);
      }
    })()
      .catch((error: unknown) => console.error(`FSRS fits: ${(error as Error).message}`))
      .finally(() => {
        state.running = null;
      });
  }
  return state.running;
}
