import { MAX_REVIEW_BATCH } from "@/lib/schemas/review-limits";
import { backoffDelay } from "./backoff-delay";
import type { OutboxReview, OutboxStore } from "./outbox-store";
import { browserLocks, singleFlight, type LockManagerLike } from "./single-flight";
import { sortOutcomes, type Outcome } from "./sort-outcomes";

export type SendResult = { status: number; results?: Outcome[] };
export type SendBatch = (batch: OutboxReview[]) => Promise<SendResult>;

export type SyncOptions = {
  batchSize?: number; // capped at the server's limit (250)
  /** Consecutive failed requests (network, timeout, 5xx, 429) before this run gives up. */
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Cross-tab lock; defaults to navigator.locks when present, null to turn it off. */
  locks?: LockManagerLike | null;
};

/** empty: all sent · signed-out: 401 · gave-up: too many failures in a row · refused: the server refused the request itself · busy: another tab is syncing. */
export type SyncStop = "empty" | "signed-out" | "gave-up" | "refused" | "busy";
/** `answered`: the server's answer for each review this run sent and got an answer for, in order. */
export type SyncSummary = {
  requests: number;
  sent: number;
  recorded: number;
  duplicate: number;
  conflicts: number;
  failures: number;
  pending: number;
  stopped: SyncStop;
  lastStatus?: number;
  answered: Outcome[];
};

const RETRYABLE = (status: number) => status >= 500 || status === 408 || status === 429;
const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends the outbox oldest first, in batches, until it is empty. Nothing leaves the outbox unless
 * the server answered for it: recorded/duplicate reviews are removed, refused ones move to the
 * conflicts table with their code; on failure everything stays and the next try waits longer.
 * Batches go one after another, so one card's reviews reach the server in the order they were made.
 * Only one sync runs per outbox: a concurrent call joins the running one (or, in another tab, returns "busy").
 */
export function syncOutbox(store: OutboxStore, send: SendBatch, options: SyncOptions = {}): Promise<SyncSummary> {
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const whenBusy = async (): Promise<SyncSummary> => ({
    ...emptySummary(),
    pending: await store.count(),
    stopped: "busy",
  });
  return singleFlight(`${store.name}:outbox-sync`, locks, () => runSync(store, send, options), whenBusy);
}

const emptySummary = (): SyncSummary => ({
  requests: 0,
  sent: 0,
  recorded: 0,
  duplicate: 0,
  conflicts: 0,
  failures: 0,
  pending: 0,
  stopped: "empty",
  answered: [],
});

async function runSync(store: OutboxStore, send: SendBatch, options: SyncOptions): Promise<SyncSummary> {
  const batchSize = Math.max(1, Math.min(options.batchSize ?? MAX_REVIEW_BATCH, MAX_REVIEW_BATCH));
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = { baseDelayMs: options.baseDelayMs ?? 1_000, maxDelayMs: options.maxDelayMs ?? 60_000 };
  const sleep = options.sleep ?? wait;
  const random = options.random ?? Math.random;
  const now = options.now ?? Date.now;
  const summary = emptySummary();
  const finish = async (stopped: SyncStop) => ({ ...summary, stopped, pending: await store.count() });
  let failuresInARow = 0;
  for (;;) {
    const batch = await store.list(batchSize);
    if (batch.length === 0) return finish("empty");
    summary.requests++;
    summary.sent += batch.length;
    const response = await send(batch.map((p) => p.review)).catch(() => null);
    if (response) summary.lastStatus = response.status;
    if (response?.status === 401) return finish("signed-out");
    const sorted = response && !RETRYABLE(response.status) ? sortOutcomes(batch, response.results, now()) : null;
    if (!sorted) {
      // A 4xx without per-review answers (403 bad origin, 413, …) will not change by retrying.
      if (response && response.status >= 400 && !RETRYABLE(response.status)) return finish("refused");
      summary.failures++;
      if (++failuresInARow >= maxAttempts) return finish("gave-up");
      await sleep(backoffDelay(failuresInARow, random, backoff));
      continue;
    }
    failuresInARow = 0;
    if (sorted.accepted.length) await store.remove(sorted.accepted);
    if (sorted.conflicts.length) await store.markConflicts(sorted.conflicts);
    summary.recorded += sorted.recorded;
    summary.duplicate += sorted.duplicate;
    summary.conflicts += sorted.conflicts.length;
    // sortOutcomes checked that the answers line up with the batch (an invalid one may lack its id).
    summary.answered.push(
      ...(response?.results ?? []).map((outcome, i) => ({ ...outcome, reviewId: batch[i].reviewId })),
    );
  }
}
