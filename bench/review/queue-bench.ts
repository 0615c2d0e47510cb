// Queue building for a heavy learner (seed-queue-database.ts), timed through the app's own code:
// loadQueue and getReviewQueue (lib/server/reviews), the same three reads alone, and the pure
// buildReviewQueue alone.
import type { App } from "./in-process-app";
import { QUEUE_SEED } from "./seed-queue-database";
import { nowMs, summarise, type Summary } from "./stats";

export type QueueResult = {
  seedMs: number; runs: number; counts: { new: number; learning: number; review: number };
  loadQueueMs: Summary; getReviewQueueMs: Summary; readsOnlyMs: Summary; buildReviewQueueMs: Summary;
};
type Settings = Awaited<ReturnType<App["studySettingsFor"]>>;

// The same three reads loadQueue makes (load-queue.ts), so reads and pure work can be told apart.
function readQueueRows(app: App, settings: Settings, now: Date) {
  const { userId, deckId } = QUEUE_SEED;
  const { timeZone, rolloverHour } = settings.scheduler;
  const dayStart = app.startOfLearningDay(app.learningDayOf(now, timeZone, rolloverHour), timeZone, rolloverHour);
  return Promise.all([
    app.db.card.findMany({ where: { deckId, retiredAt: null }, select: { id: true, itemId: true, position: true } }),
    app.db.cardState.findMany({ where: { userId, card: { deckId } } }),
    app.db.reviewLog.findMany({ where: { userId, reviewedAt: { gte: dayStart }, undoneAt: null, kind: "review", card: { deckId } }, select: { previousState: true, card: { select: { itemId: true } } } }),
  ]);
}

// Mirrors load-queue.ts's mapping from rows to buildReviewQueue's input.
function queueInput(app: App, rows: Awaited<ReturnType<typeof readQueueRows>>, settings: Settings, now: Date) {
  const [cards, states, todays] = rows;
  const { deckId } = QUEUE_SEED;
  const stateByCard = new Map(states.map((s) => [s.cardId, s]));
  const queueCards = cards.map((card) => {
    const row = stateByCard.get(card.id) ?? null;
    return { id: card.id, itemId: card.itemId, deckId, position: card.position, memory: row && row.state !== "new" ? app.memoryFromRow(row, now) : null,
      suspended: row?.suspended ?? false, buriedUntilDay: row?.buriedUntil ?? null, leech: row?.leech ?? false };
  });
  const newDone = todays.filter((log) => log.previousState === "new").length;
  return {
    now, timeZone: settings.scheduler.timeZone, rolloverHour: settings.scheduler.rolloverHour, cards: queueCards,
    limits: new Map([[deckId, settings.limits]]), doneToday: new Map([[deckId, { newDone, reviewsDone: todays.length - newDone }]]),
    reviewedTodayItemIds: new Set(todays.map((log) => log.card.itemId)),
  };
}

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
  const input = queueInput(app, await readQueueRows(app, settings, now), settings, now);
  const times = { load: [] as number[], get: [] as number[], reads: [] as number[], build: [] as number[] };
  for (let round = -2; round < runs; round += 1) {
    const into = round < 0 ? { load: [], get: [], reads: [], build: [] } : times;
    await timed(() => app.loadQueue(userId, deckId, settings, now), into.load);
    await timed(() => app.getReviewQueue({ actor, deckSlug, now }), into.get);
    await timed(() => readQueueRows(app, settings, now), into.reads);
    await timed(() => app.buildReviewQueue(input), into.build);
  }
  const queue = await app.loadQueue(userId, deckId, settings, now);
  return {
    seedMs, runs, counts: queue.counts,
    loadQueueMs: summarise(times.load), getReviewQueueMs: summarise(times.get), readsOnlyMs: summarise(times.reads), buildReviewQueueMs: summarise(times.build),
  };
}
