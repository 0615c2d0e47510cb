import { endOfLearningDay, learningDayOf } from "./learning-day";
import type { MemoryState } from "./memory-state";

export type QueueCard = {
  id: string;
  itemId: string;
  deckId: string;
  /** Order of the card's note in the deck file; new cards are introduced in this order. */
  position: number;
  /** null = never answered (new). */
  memory: MemoryState | null;
  suspended: boolean;
  /** Last learning day ('YYYY-MM-DD') on which the card stays buried; null = not buried. */
  buriedUntilDay: string | null;
  /** Leeches still come up; the flag is for the UI to show. */
  leech: boolean;
};

export type DeckLimits = { newPerDay: number; reviewsPerDay: number };
export type DeckDoneToday = { newDone: number; reviewsDone: number };

export const DEFAULT_DECK_LIMITS: Readonly<DeckLimits> = Object.freeze({ newPerDay: 20, reviewsPerDay: 200 });

export type BuildReviewQueueInput = {
  now: Date;
  timeZone: string;
  rolloverHour: number;
  cards: QueueCard[];
  /** Per deck; a deck without an entry gets DEFAULT_DECK_LIMITS. */
  limits: Map<string, DeckLimits>;
  doneToday: Map<string, DeckDoneToday>;
  /** Items with a card answered today: their other cards are buried for the day. */
  reviewedTodayItemIds: Set<string>;
};

export type ReviewQueue = {
  learning: QueueCard[];
  review: QueueCard[];
  new: QueueCard[];
  counts: { new: number; learning: number; review: number };
  /** When the next learning card that is not yet due becomes due (to show "come back at"). */
  nextLearningDue: Date | null;
};

type Pick = (card: QueueCard) => number;

function dueOf(card: QueueCard): number {
  return card.memory ? card.memory.due.getTime() : 0;
}

function orderBy(primary: Pick): (a: QueueCard, b: QueueCard) => number {
  // Ties are broken by position, deck and id so the queue is the same on every call.
  return (a, b) =>
    primary(a) - primary(b) || a.position - b.position || a.deckId.localeCompare(b.deckId) || a.id.localeCompare(b.id);
}

function isAvailable(card: QueueCard, today: string): boolean {
  // 'YYYY-MM-DD' strings compare in calendar order.
  return !card.suspended && (card.buriedUntilDay === null || card.buriedUntilDay < today);
}

/**
 * Takes candidates in order while their deck has limit left, one card per item: an item already
 * claimed (answered today or queued) has its remaining cards buried for the day.
 */
function takeWithinLimits(candidates: QueueCard[], claimed: Set<string>, left: (deckId: string) => number) {
  const usedByDeck = new Map<string, number>();
  const taken: QueueCard[] = [];
  for (const card of candidates) {
    const used = usedByDeck.get(card.deckId) ?? 0;
    if (claimed.has(card.itemId) || used >= left(card.deckId)) continue;
    usedByDeck.set(card.deckId, used + 1);
    claimed.add(card.itemId);
    taken.push(card);
  }
  return taken;
}

/**
 * Today's queue for one learner. Learning cards due before the end of the learning day all stay
 * (steps of a card are never buried or limited); review cards due by then and new cards in note
 * order fill each deck's remaining daily limits, with one card per item per day.
 */
export function buildReviewQueue(input: BuildReviewQueueInput): ReviewQueue {
  const { now, timeZone, rolloverHour } = input;
  const today = learningDayOf(now, timeZone, rolloverHour);
  const dayEnd = endOfLearningDay(today, timeZone, rolloverHour).getTime();
  const available = input.cards.filter((card) => isAvailable(card, today));
  const stateOf = (card: QueueCard) => card.memory?.state ?? "new";
  const dueToday = (card: QueueCard) => dueOf(card) < dayEnd;

  const learning = available
    .filter((c) => (stateOf(c) === "learning" || stateOf(c) === "relearning") && dueToday(c))
    .sort(orderBy(dueOf));
  const claimed = new Set([...input.reviewedTodayItemIds, ...learning.map((card) => card.itemId)]);
  const limitsOf = (deckId: string) => input.limits.get(deckId) ?? DEFAULT_DECK_LIMITS;
  const doneOf = (deckId: string) => input.doneToday.get(deckId) ?? { newDone: 0, reviewsDone: 0 };

  const reviewCandidates = available.filter((c) => stateOf(c) === "review" && dueToday(c)).sort(orderBy(dueOf));
  const review = takeWithinLimits(reviewCandidates, claimed, (deckId) =>
    Math.max(0, limitsOf(deckId).reviewsPerDay - doneOf(deckId).reviewsDone),
  );
  const newCandidates = available.filter((c) => stateOf(c) === "new").sort(orderBy(() => 0));
  const fresh = takeWithinLimits(newCandidates, claimed, (deckId) =>
    Math.max(0, limitsOf(deckId).newPerDay - doneOf(deckId).newDone),
  );

  const waiting = learning.find((card) => dueOf(card) > now.getTime());
  return {
    learning,
    review,
    new: fresh,
    counts: { new: fresh.length, learning: learning.length, review: review.length },
    nextLearningDue: waiting?.memory ? new Date(waiting.memory.due) : null,
  };
}
