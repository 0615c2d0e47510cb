// Group commit for the SQLite review writer: writes that arrive together share one transaction and
// so one fsync (synchronous=FULL syncs the WAL on every commit, and that sync is what bounds
// single-row transactions at ~3,000/s). Each piece of work runs in a savepoint of its own, so one
// that throws is rolled back alone and the others still commit; every caller is answered only
// after the COMMIT has returned, i.e. once its write is durable. A failure of the transaction
// itself (the disk, a lock held by another process past the busy timeout) fails every piece of the
// group and acknowledges none, so nothing answered "recorded" can be lost.
import { insideExclusiveTurn, runExclusive } from "./run-exclusive";
import { sqliteConnection, type SqliteConnection } from "./sqlite-connection";

/** What a piece of work can do to its own savepoint. */
export type GroupWriter = { connection: SqliteConnection; undo(): void };

/** Runs `work` in the next group transaction; resolves with its result once committed. */
export type GroupCommit = <T>(work: (writer: GroupWriter) => T) => Promise<T>;

type Job = {
  work: (writer: GroupWriter) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};
type Result = { ok: true; value: unknown } | { ok: false; error: unknown };

export const MAX_GROUP = 256;

/**
 * @param turn how a group waits for the database: the process's queue, so that no Prisma
 *   transaction holds the write lock meanwhile (see sqlite-connection.ts).
 */
export function createGroupCommit(
  connection: SqliteConnection,
  turn: (work: () => Promise<void>) => Promise<void> = runExclusive,
): GroupCommit {
  const pending: Job[] = [];
  let scheduled = false;

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    // After the current round of I/O: every request that arrived with it joins this group, and
    // the wait for the queue's turn gathers more.
    setImmediate(
      () =>
        void turn(async () => {
          scheduled = false;
          commitGroup(pending.splice(0, MAX_GROUP));
          if (pending.length) schedule();
        }),
    );
  }

  function commitGroup(group: Job[]) {
    if (group.length === 0) return;
    const results: Result[] = [];
    try {
      connection.exec("BEGIN IMMEDIATE");
      for (const job of group) results.push(runInSavepoint(job));
      connection.exec("COMMIT");
    } catch (error) {
      rollBack();
      for (const job of group) job.reject(error);
      return;
    }
    group.forEach((job, i) => {
      const result = results[i];
      if (result.ok) job.resolve(result.value);
      else job.reject(result.error);
    });
  }

  function runInSavepoint(job: Job): Result {
    connection.exec("SAVEPOINT one_write");
    const writer: GroupWriter = { connection, undo: () => connection.exec("ROLLBACK TO one_write") };
    let result: Result;
    try {
      result = { ok: true, value: job.work(writer) };
    } catch (error) {
      writer.undo(); // throws when the transaction itself is broken: then the whole group fails
      result = { ok: false, error };
    }
    connection.exec("RELEASE one_write");
    return result;
  }

  function rollBack() {
    try {
      connection.exec("ROLLBACK");
    } catch {
      // no transaction left open (SQLite rolled it back itself, or BEGIN never succeeded)
    }
  }

  return <T>(work: (writer: GroupWriter) => T) =>
    new Promise<T>((resolve, reject) => {
      // From inside a turn (a Prisma transaction's callback), the group would run at once on its
      // own connection and wait on that transaction's write lock, which cannot be released first.
      if (insideExclusiveTurn())
        throw new Error("group-commit writes cannot start inside a database turn or transaction");
      pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
}

const shared = globalThis as unknown as { kubedrillGroupCommits?: Map<string, GroupCommit> };
const groupCommits = (shared.kubedrillGroupCommits ??= new Map());

/** This process's group commit on the review connection to `file` (one per process, like the connection). */
export function groupCommitFor(file: string): GroupCommit {
  let groupCommit = groupCommits.get(file);
  if (!groupCommit) {
    groupCommit = createGroupCommit(sqliteConnection(file));
    groupCommits.set(file, groupCommit);
  }
  return groupCommit;
}
