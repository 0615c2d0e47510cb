// One queue for all database work in this process.
//
// Why: the better-sqlite3 adapter shares one connection. A query issued while another request's
// interactive transaction is open runs *inside* that transaction and disappears if it rolls back,
// after it was already acknowledged (tests/integration/db-serialisation.test.ts runs that workload).
// Running every operation — reads included, so none sees uncommitted rows — through one FIFO queue
// makes that interleaving impossible. Work started inside a queued operation (the statements of a
// transaction) is recognised through AsyncLocalStorage and runs at once instead of deadlocking.
//
// The queue lives on globalThis: the server loads this module twice (Next's bundle, and the bundle
// of the endpoints server.mjs answers itself), and two queues would let the review writer's own
// connection wait on a write lock held by a Prisma transaction that can only finish after it.
import { AsyncLocalStorage } from "node:async_hooks";

type Queue = { holder: AsyncLocalStorage<boolean>; tail: Promise<unknown> };
const shared = globalThis as unknown as { kubedrillDbQueue?: Queue };
const queue = (shared.kubedrillDbQueue ??= { holder: new AsyncLocalStorage<boolean>(), tail: Promise.resolve() });

export function runExclusive<T>(work: () => Promise<T>): Promise<T> {
  if (queue.holder.getStore()) return work();
  const turn = queue.tail.then(() => queue.holder.run(true, work));
  queue.tail = turn.catch(() => undefined);
  return turn;
}

/** True while running inside a turn (a queued operation or one of its transaction's statements). */
export function insideExclusiveTurn(): boolean {
  return queue.holder.getStore() === true;
}
