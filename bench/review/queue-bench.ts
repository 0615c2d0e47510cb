// Queue building for a heavy learner (seed-queue-database.ts), timed through the app's own code:
// loadQueue (today's queue, read in pages) and getReviewQueue (lib/server/reviews), beside the queue
// built from the whole deck (readQueueInputs + queueFromInputs: what loadQueue did before, and what
// the offline pack still reads) and that build's pure part alone.
import type { App } from "./in-process-app";
import { QUEUE_SEED } from "./seed-queue-database";
import { nowMs, summarise, type Summary } from "./stats";

export type QueueResult = {
  seedMs: number;
  runs: number;
  counts: { new: number; learning: number; review: number };
  loadQueueMs: Summary;
  getReviewQueueMs: Summary;
  wholeDeckMs: Summary;
  wholeDeckPureMs: Summary;
};

async function timed(work: () => unknown, into: number[]): Promise<void> {
  const start = nowMs();
  await work();
  into.push(nowMs() - start);
}

/**
 * Times each step `runs` times after two untimed rounds; the steps are interleaved round by round
 * so drift in machine load touches all of them alike.
 */
export async function measureQueueBuilding(app: App, runs: number, now: Date, seedMs: number): Promise<QueueResult> {
  const { userId, deckId, deckSlug } = QUEUE_SEED;
  const actor = { id: userId, email: `${userId}@bench.test`, role: "learner" as const, name: null };
  const settings = await app.studySettingsFor(userId, deckId);
  const inputs = await app.readQueueInputs(userId, deckId, settings, now);
  const times = { load: [] as number[], get: [] as number[], whole: [] as number[], pure: [] as number[] };
  for (let round = -2; round < runs; round += 1) {
    const into = round < 0 ? { load: [], get: [], whole: [], pure: [] } : times;
    await timed(() => app.loadQueue(userId, deckId, settings, now), into.load);
    await timed(() => app.getReviewQueue({ actor, deckSlug, now }), into.get);
    await timed(
      async () => app.queueFromInputs(await app.readQueueInputs(userId, deckId, settings, now), deckId, settings, now),
      into.whole,
    );
    await timed(() => app.queueFromInputs(inputs, deckId, settings, now), into.pure);
  }
  const queue = await app.loadQueue(userId, deckId, settings, now);
  const whole = app.queueFromInputs(inputs, deckId, settings, now);
  if (JSON.stringify(queue.counts) !== JSON.stringify(whole.counts))
    throw new Error(
      `loadQueue counts ${JSON.stringify(queue.counts)} differ from the whole deck's ${JSON.stringify(whole.counts)}`,
    );
  return {
    seedMs,
    runs,
    counts: queue.counts,
    loadQueueMs: summarise(times.load),
    getReviewQueueMs: summarise(times.get),
    wholeDeckMs: summarise(times.whole),
    wholeDeckPureMs: summarise(times.pure),
  };
}
