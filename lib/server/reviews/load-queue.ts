import "server-only";
import { buildReviewQueue, type QueueCard, type ReviewQueue } from "@/lib/core/scheduler/build-review-queue";
import { learningDayOf, startOfLearningDay } from "@/lib/core/scheduler/learning-day";
import { readQueueCards, readQueueStates, readTodaysReviews } from "./queue-statements";
import { memoryFromRow } from "./memory-state-row";
import type { LearnerStudySettings } from "./scheduler-settings-for";

/** What a learner's queue for one deck is built from (three indexed reads). */
export type QueueInputs = {
  cards: Awaited<ReturnType<typeof readQueueCards>>;
  states: Awaited<ReturnType<typeof readQueueStates>>;
  /** The reviews of the learning day that contains the time the inputs were read at. */
  todays: Awaited<ReturnType<typeof readTodaysReviews>>;
};

export async function readQueueInputs(userId: string, deckId: string, settings: LearnerStudySettings, now: Date): Promise<QueueInputs> {
  const { timeZone, rolloverHour } = settings.scheduler;
  const dayStart = startOfLearningDay(learningDayOf(now, timeZone, rolloverHour), timeZone, rolloverHour);
  const [cards, states, todays] = await Promise.all([readQueueCards(deckId), readQueueStates(userId, deckId), readTodaysReviews(userId, deckId, dayStart)]);
  return { cards, states, todays };
}

/** Today's queue of one learner for one deck. */
export async function loadQueue(userId: string, deckId: string, settings: LearnerStudySettings, now: Date): Promise<ReviewQueue> {
  return queueFromInputs(await readQueueInputs(userId, deckId, settings, now), deckId, settings, now);
}

/**
 * The queue as it stands at `now` from inputs read earlier. For a later day than the inputs were
 * read on (the offline pack's next days), pass `todays: []`: no review of that day exists yet.
 */
export function queueFromInputs({ cards, states, todays }: QueueInputs, deckId: string, settings: LearnerStudySettings, now: Date): ReviewQueue {
  const { timeZone, rolloverHour } = settings.scheduler;
  const stateByCard = new Map(states.map((s) => [s.cardId, s]));
  const queueCards: QueueCard[] = cards.map((card) => {
    const row = stateByCard.get(card.id) ?? null;
    return {
      id: card.id,
      itemId: card.itemId,
      deckId,
      position: card.position,
      memory: row && row.state !== "new" ? memoryFromRow(row, now) : null,
      suspended: row?.suspended ?? false,
      buriedUntilDay: row?.buriedUntil ?? null,
      leech: row?.leech ?? false,
    };
  });
  const newDone = todays.filter((log) => log.previousState === "new").length;
  const today = learningDayOf(now, timeZone, rolloverHour);
  const queue = buildReviewQueue({
    now,
    timeZone,
    rolloverHour,
    cards: queueCards,
    limits: new Map([[deckId, settings.limits]]),
    doneToday: new Map([[deckId, { newDone, reviewsDone: todays.length - newDone }]]),
    reviewedTodayItemIds: new Set(todays.map((log) => log.itemId)),
  });
  return withPriorityCards(queue, queueCards, stateByCard, today);
}

/**
 * New cards a learner asked to see today ("review my misses" after a quiz) come first and do not
 * count against the new-card limit; they are still skipped when suspended or buried.
 */
function withPriorityCards(queue: ReviewQueue, cards: QueueCard[], states: Map<string, { priorityDay: string | null }>, today: string): ReviewQueue {
  const queued = new Set([...queue.new, ...queue.learning, ...queue.review].map((c) => c.id));
  const priority = cards.filter(
    (c) => states.get(c.id)?.priorityDay === today && c.memory === null && !c.suspended && !(c.buriedUntilDay && c.buriedUntilDay >= today),
  );
  const fresh = [...priority, ...queue.new.filter((c) => !priority.includes(c))];
  const added = priority.filter((c) => !queued.has(c.id)).length;
  return { ...queue, new: fresh, counts: { ...queue.counts, new: queue.counts.new + added } };
}

// Like Anki's learn-ahead limit: when nothing else is left, a learning step due within this
// window is shown now rather than making the learner wait.
const LEARN_AHEAD_MS = 20 * 60 * 1000;

/** The order cards are shown in: due learning steps, reviews, new cards, then learn-ahead steps. */
export function presentationOrder(queue: ReviewQueue, now: Date): QueueCard[] {
  const dueNow = (c: QueueCard) => (c.memory?.due.getTime() ?? 0) <= now.getTime();
  const aheadOk = (c: QueueCard) => (c.memory?.due.getTime() ?? 0) <= now.getTime() + LEARN_AHEAD_MS;
  return [...queue.learning.filter(dueNow), ...queue.review, ...queue.new, ...queue.learning.filter((c) => !dueNow(c) && aheadOk(c))];
}
