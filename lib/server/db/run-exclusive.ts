// One queue for all database work in this process.
//
// Why: the better-sqlite3 adapter shares one connection. A query issued while another request's
// interactive transaction is open runs *inside* that transaction and disappears if it rolls back,
// after it was already acknowledged (see shared/reference/prisma-adapter-interleave-repro.ts).
// Running every operation — reads included, so none sees uncommitted rows — through one FIFO queue
// makes that interleaving impossible. Work started inside a queued operation (the statements of a
// transaction) is recognised through AsyncLocalStorage and runs at once instead of deadlocking.
import { AsyncLocalStorage } from "node:async_hooks";

const holder = new AsyncLocalStorage<boolean>();
let tail: Promise<unknown> = Promise.resolve();

export function runExclusive<T>(work: () => Promise<T>): Promise<T> {
  if (holder.getStore()) return work();
  const turn = tail.then(() => holder.run(true, work));
  tail = turn.catch(() => undefined);
  return turn;
}
