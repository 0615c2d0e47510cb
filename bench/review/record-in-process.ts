// recordReview (lib/server/reviews/record-review.ts) called in this process, one review at a time:
// the app's writer (on SQLite: prepared statements in a group commit of one), without HTTP, Next
// or the session check.
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import type { App } from "./in-process-app";

export type RecordResult = {
  seconds: number;
  reviews: number;
  reviewsPerSecond: number;
  cpuMsPerReview: number;
  statementsPerReview: number;
  outcomes: Record<string, number>;
};
export type RecordTarget = { userId: string; cardIds: string[] };

// Counts the statements the driver prepares for one review (the adapter prepares every statement it runs).
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const proto = Database.prototype as unknown as { prepare: (...args: unknown[]) => unknown };
  const original = proto.prepare;
  let count = 0;
  proto.prepare = function (this: unknown, ...args: unknown[]) {
    count += 1;
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.prepare = original;
  }
  return count;
}

/** Records reviews back to back for `seconds`, cycling through the cards with the right expectedReps. */
export async function measureRecordInProcess(app: App, target: RecordTarget, seconds: number): Promise<RecordResult> {
  const actor = { id: target.userId, email: `${target.userId}@bench.test`, role: "learner" as const, name: null };
  const reps = new Map<string, number>();
  const outcomes: Record<string, number> = {};
  const review = async (index: number) => {
    const cardId = target.cardIds[index % target.cardIds.length];
    const input = {
      reviewId: randomUUID(),
      cardId,
      rating: 3 as const,
      expectedReps: reps.get(cardId) ?? 0,
      reviewedAt: new Date().toISOString(),
      durationMs: 4000,
    };
    const outcome = await app.recordReview(actor, input, new Date());
    if ("reps" in outcome) reps.set(cardId, outcome.reps);
    outcomes[outcome.status] = (outcomes[outcome.status] ?? 0) + 1;
  };
  for (let i = 0; i < 50; i += 1) await review(i); // warm-up
  const statementsPerReview = await countStatements(() => review(50));
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  let reviews = 0;
  while (performance.now() - start < seconds * 1000) await review(51 + reviews++);
  const elapsed = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds: elapsed,
    reviews,
    reviewsPerSecond: reviews / elapsed,
    cpuMsPerReview: (cpu.user + cpu.system) / 1000 / reviews,
    statementsPerReview,
    outcomes,
  };
}
