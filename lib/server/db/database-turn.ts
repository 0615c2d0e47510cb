// A sequence of reads and writes that takes a turn of in-process pacing. Correctness never rests on
// it (compare-and-set, unique ids: see record-review.ts); it is about how the work shares the
// database connection(s):
//   SQLite: one turn at a time, the queue of run-exclusive.ts (its adapter shares one connection).
//   PostgreSQL: up to TURNS at once, each transaction on a pooled connection of its own. Unbounded,
//   a burst of hundreds would each hold a connection while waiting for the CPU between statements,
//   and the rest would wait for connections; a few at a time finish sooner.
import { POOL_SIZE } from "./postgres-adapter";
import { runExclusive } from "./run-exclusive";
import { isPostgres } from "./is-postgres";

/** At most `limit` pieces of work at once; the rest wait in arrival order. */
export function createTurns(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function withTurn<T>(work: () => Promise<T>): Promise<T> {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next)
        next(); // the turn passes on directly: `running` stays the same
      else running -= 1;
    }
  };
}

const withTurn = createTurns(POOL_SIZE - 2); // leaves connections for the reads of other requests

export function inDatabaseTurn<T>(work: () => Promise<T>): Promise<T> {
  return isPostgres() ? withTurn(work) : runExclusive(work);
}
