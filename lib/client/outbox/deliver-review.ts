import type { ConflictCode, OutboxStore } from "./outbox-store";
import { isAccepted, type Outcome, type OutcomeStatus } from "./sort-outcomes";
import { syncOutbox, type SendBatch, type SyncOptions } from "./sync-outbox";

/** The server's answer for the review, or why it still waits in the outbox (sent later by the sync). */
export type Delivery = { outcome: Outcome } | { held: "signed-out" | "failed" };

export type DeliverOptions = SyncOptions & {
  /** How long to wait for another tab that holds the sync lock before giving up for now. */
  busyWaitMs?: number;
  pollMs?: number;
};

const STATUS_OF: Record<ConflictCode, OutcomeStatus> = {
  "stale-state": "conflict",
  suspended: "conflict",
  mismatch: "mismatch",
  gone: "gone",
  invalid: "invalid",
};
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the outbox now, for a rating just queued in it, and tells what the server answered for that
 * rating: the outbox is the one way a rating leaves the browser. The sync is the usual one (same
 * order, batches, lock across tabs): a sync already running in this page is joined; one running in
 * another tab sends the rating itself, and its answer is read back from the outbox (still waiting,
 * moved to the conflicts table, or gone because the server has it, then without the leech flag).
 * A refusal is the caller's to show: it does not stay in the conflicts table.
 */
export async function deliverReview(
  store: OutboxStore,
  send: SendBatch,
  reviewId: string,
  options: DeliverOptions = {},
): Promise<Delivery> {
  const sleep = options.sleep ?? wait;
  const polls = Math.ceil((options.busyWaitMs ?? 15_000) / (options.pollMs ?? 250));
  for (let poll = 0; ; poll++) {
    const summary = await syncOutbox(store, send, options);
    const outcome = summary.answered.find((o) => o.reviewId === reviewId) ?? (await answerInStore(store, reviewId));
    if (outcome) {
      if (!isAccepted(outcome.status)) await store.dismissConflicts([reviewId]);
      return { outcome };
    }
    if (summary.stopped === "signed-out") return { held: "signed-out" };
    if ((summary.stopped !== "busy" && summary.stopped !== "empty") || poll >= polls) return { held: "failed" };
    await sleep(options.pollMs ?? 250);
  }
}

/** What became of a review another sync run sent; null while it still waits. */
async function answerInStore(store: OutboxStore, reviewId: string): Promise<Outcome | null> {
  const conflict = (await store.listConflicts()).find((c) => c.reviewId === reviewId);
  if (conflict)
    return {
      reviewId,
      status: STATUS_OF[conflict.code],
      code: conflict.code,
      reps: conflict.serverReps,
      issues: conflict.issues,
    };
  const waiting = (await store.list(Number.MAX_SAFE_INTEGER)).some((p) => p.reviewId === reviewId);
  return waiting ? null : { reviewId, status: "recorded" };
}
