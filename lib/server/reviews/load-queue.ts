import "server-only";
import { buildReviewQueue, type QueueCard, type ReviewQueue } from "@/lib/core/scheduler/build-review-queue";
import { endOfLearningDay, learningDayOf, startOfLearningDay } from "@/lib/core/scheduler/learning-day";
import { readQueueCards, readQueueStates, readTodaysReviews } from "./queue-statements";
import {
  readDueReviews,
  readLearningAndPriority,
  readNewCards,
  type CandidatePage,
  type QueueRows,
} from "./queue-candidate-statements";
import { memoryFromRow } from "./memory-state-row";
import type { LearnerStudySettings } from "./scheduler-settings-for";

/** What a learner's queue for one deck is built from (three indexed reads). */
export type QueueInputs = {
  cards: Awaited<ReturnType<typeof readQueueCards>>;
  states: Awaited<ReturnType<typeof readQueueStates>>;
  /** The reviews of the learning day that contains the time the inputs were read at. */
  todays: Awaited<ReturnType<typeof readTodaysReviews>>;
};

export async function readQueueInputs(
  userId: string,
  deckId: string,
  settings: LearnerStudySettings,
  now: Date,
): Promise<QueueInputs> {
  const { timeZone, rolloverHour } = settings.scheduler;
  const dayStart = startOfLearningDay(learningDayOf(now, timeZone, rolloverHour), timeZone, rolloverHour);
  const [cards, states, todays] = await Promise.all([
    readQueueCards(deckId),
    readQueueStates(userId, deckId),
    readTodaysReviews(userId, deckId, dayStart),
  ]);
  return { cards, states, todays };
}

// Candidates read beyond a limit at first: cards of an item already claimed today are skipped.
const PAGE_SLACK = 20;

/**
 * Today's queue of one learner for one deck, from the rows it can contain: the learning steps due
 * today, the cards asked for today, and the first review and new candidates in queue order, in
 * pages that grow until each day's limit is filled or no candidate is left. buildReviewQueue takes
 * cards in that same order, so the cards it never reaches cannot change the result; the queue and
 * its counts are the ones queueFromInputs gives over the whole deck (tests/integration/load-queue.test.ts).
 */
export async function loadQueue(
  userId: string,
  deckId: string,
  settings: LearnerStudySettings,
  now: Date,
): Promise<ReviewQueue> {
  const { timeZone, rolloverHour } = settings.scheduler;
  const today = learningDayOf(now, timeZone, rolloverHour);
  const bounds = { today, dayEnd: endOfLearningDay(today, timeZone, rolloverHour) };
  const [fixed, todays] = await Promise.all([
    readLearningAndPriority(userId, deckId, bounds),
    readTodaysReviews(userId, deckId, startOfLearningDay(today, timeZone, rolloverHour)),
  ]);
  const newDone = todays.filter((log) => log.previousState === "new").length;
  const reviewsLeft = Math.max(0, settings.limits.reviewsPerDay - (todays.length - newDone));
  const newLeft = Math.max(0, settings.limits.newPerDay - newDone);
  const none: CandidatePage = { cards: [], states: [], complete: true };
  let pages = { review: reviewsLeft + PAGE_SLACK, fresh: 2 * newLeft + PAGE_SLACK };
  for (;;) {
    const [reviews, fresh] = await Promise.all([
      reviewsLeft > 0 ? readDueReviews(userId, deckId, bounds, pages.review) : none,
      newLeft > 0 ? readNewCards(userId, deckId, bounds, pages.fresh) : none,
    ]);
    const { base, queue } = buildQueue({ ...mergeRows([fixed, reviews, fresh]), todays }, deckId, settings, now);
    const moreReviews = !reviews.complete && base.review.length < reviewsLeft;
    const moreNew = !fresh.complete && base.new.length < newLeft;
    if (!moreReviews && !moreNew) return queue;
    pages = { review: moreReviews ? pages.review * 2 : pages.review, fresh: moreNew ? pages.fresh * 2 : pages.fresh };
  }
}

/** One row per card (a card asked for today is also a new candidate), in deck order. */
function mergeRows(parts: QueueRows[]): Pick<QueueInputs, "cards" | "states"> {
  const cards = new Map(parts.flatMap((p) => p.cards).map((c) => [c.id, c]));
  return { cards: [...cards.values()].sort(byDeckOrder), states: parts.flatMap((p) => p.states) };
}

const byDeckOrder = (a: { position: number; id: string }, b: { position: number; id: string }) =>
  a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The queue as it stands at `now` from inputs read earlier. For a later day than the inputs were
 * read on (the offline pack's next days), pass `todays: []`: no review of that day exists yet.
 */
export function queueFromInputs(
  inputs: QueueInputs,
  deckId: string,
  settings: LearnerStudySettings,
  now: Date,
): ReviewQueue {
  return buildQueue(inputs, deckId, settings, now).queue;
}

/** `base`: buildReviewQueue's queue, before the cards asked for today are put first. */
function buildQueue(
  { cards, states, todays }: QueueInputs,
  deckId: string,
  settings: LearnerStudySettings,
  now: Date,
): { base: ReviewQueue; queue: ReviewQueue } {
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
  const base = buildReviewQueue({
    now,
    timeZone,
    rolloverHour,
    cards: queueCards,
    limits: new Map([[deckId, settings.limits]]),
    doneToday: new Map([[deckId, { newDone, reviewsDone: todays.length - newDone }]]),
    reviewedTodayItemIds: new Set(todays.map((log) => log.itemId)),
  });
  return { base, queue: withPriorityCards(base, queueCards, stateByCard, today) };
}

/**
 * New cards a learner asked to see today ("review my misses" after a quiz) come first and do not
 * count against the new-card limit; they are still skipped when suspended or buried.
 */
function withPriorityCards(
  queue: ReviewQueue,
  cards: QueueCard[],
  states: Map<string, { priorityDay: string | null }>,
  today: string,
): ReviewQueue {
  const queued = new Set([...queue.new, ...queue.learning, ...queue.review].map((c) => c.id));
  // In deck order whatever order the rows came in.
  const priority = cards
    .filter(
      (c) =>
        states.get(c.id)?.priorityDay === today &&
        c.memory === null &&
        !c.suspended &&
        !(c.buriedUntilDay && c.buriedUntilDay >= today),
    )
    .sort(byDeckOrder);
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
  return [
    ...queue.learning.filter(dueNow),
    ...queue.review,
    ...queue.new,
    ...queue.learning.filter((c) => !dueNow(c) && aheadOk(c)),
  ];
}
