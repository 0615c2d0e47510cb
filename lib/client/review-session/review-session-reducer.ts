import type { RevealedCard, ReviewQueueView } from "@/lib/client/api/review-api";
import type { StoredCard } from "@/lib/client/offline/pack-store";
import { isAccepted } from "@/lib/client/outbox/sort-outcomes";
import {
  countsOf,
  LEARN_AHEAD_MS,
  notRatedYet,
  type QueueCard,
  type RatedReview,
  type ReviewSessionState,
} from "./review-session-state";

export type ReviewSessionEvent =
  /** The page was served without a connection (by the service worker): its queue may be old. */
  | { type: "servedOffline" }
  /** Ratings waiting in this device's outbox (card → reps rated at): the served queue may still hold those cards. */
  | { type: "ratedOnDevice"; ratedAt: Readonly<Record<string, number>> }
  | { type: "ready" }
  | { type: "requestStarted" }
  | { type: "requestEnded" }
  | { type: "failed"; expired: boolean }
  | { type: "revealed"; revealed: RevealedCard }
  /** The learner rated the card on screen; ignored unless it is that card, revealed (a double tap rates once). */
  | { type: "rated"; review: RatedReview; now: number }
  /** Offline: the rating waits in the outbox. */
  | { type: "ratingHeld"; review: RatedReview }
  | { type: "ratingAnswered"; review: RatedReview; outcome: { status: string; leech?: boolean } }
  /** The rating could not be sent (it waits in the outbox): signed out, or the network failed. */
  | { type: "ratingUnsent"; review: RatedReview; expired: boolean }
  | { type: "reloaded"; view: ReviewQueueView; now: number }
  | { type: "refilled"; view: ReviewQueueView }
  | { type: "reconnected"; view: ReviewQueueView }
  | { type: "putBack"; cardId: string; asShown?: QueueCard; view: ReviewQueueView; now: number }
  | { type: "wentOffline"; pack: StoredCard[]; pendingCardIds: string[]; now: number }
  | { type: "undoStarted" }
  | { type: "ratingUndone"; cardId: string; rating: number }
  | { type: "flagUndone" }
  | { type: "flagged"; action: "bury" | "suspend"; card: QueueCard; now: number }
  | { type: "undoOfferDismissed" };

function counted(state: ReviewSessionState, rating: number): ReviewSessionState {
  const { stats } = state;
  return { ...state, stats: { ...stats, reviewed: stats.reviewed + 1, again: stats.again + (rating === 1 ? 1 : 0) } };
}

const sent = (state: ReviewSessionState, cardId: string) => state.sending.filter((id) => id !== cardId);

function withView(state: ReviewSessionState, view: ReviewQueueView): ReviewSessionState {
  return { ...state, counts: view.counts, nextDue: view.nextDue };
}

/** `card` first, then the others. */
const first = <T extends QueueCard>(card: T | undefined, cards: T[]): T[] =>
  card ? [card, ...cards.filter((c) => c.cardId !== card.cardId)] : cards;

function rated(state: ReviewSessionState, review: RatedReview, now: number): ReviewSessionState {
  const shown = state.queue[0];
  if (!shown || !state.revealed || shown.cardId !== review.cardId) return state;
  const ratedAt = {
    ...state.ratedAt,
    [review.cardId]: Math.max(review.expectedReps, state.ratedAt[review.cardId] ?? -1),
  };
  // The prefetched card appears at once; Z now takes back this rating, not the bury or suspend before it.
  return {
    ...state,
    queue: state.queue.slice(1),
    ratedAt,
    sending: [...state.sending, review.cardId],
    revealed: null,
    notice: null,
    undoOffer: null,
    shownAt: now,
  };
}

function answered(
  state: ReviewSessionState,
  review: RatedReview,
  outcome: { status: string; leech?: boolean },
): ReviewSessionState {
  const base = { ...state, sending: sent(state, review.cardId) };
  if (!isAccepted(outcome.status)) return { ...base, notice: outcome.status === "conflict" ? "stale" : "networkError" };
  const done = {
    ...counted(base, review.rating),
    history: [
      ...state.history,
      { kind: "review" as const, reviewId: review.reviewId, cardId: review.cardId, rating: review.rating },
    ],
  };
  return outcome.leech ? { ...done, notice: "leechNotice" } : done;
}

/**
 * Continues from the offline pack: due cards (within the learn-ahead horizon) not rated on this
 * device, in the pack's order. The card on screen stays: its offline copy if the pack has one (it
 * can be revealed without the server), as it is if it was already revealed; otherwise the pack's first.
 */
function wentOffline(
  state: ReviewSessionState,
  pack: StoredCard[],
  pendingCardIds: string[],
  now: number,
): ReviewSessionState {
  const pending = new Set(pendingCardIds);
  const cards = pack.filter((c) => !pending.has(c.cardId) && Date.parse(c.dueAt) <= now + LEARN_AHEAD_MS);
  const shown = state.queue[0];
  const keep: QueueCard | undefined =
    (shown && cards.find((c) => c.cardId === shown.cardId)) ??
    (shown && state.revealed?.cardId === shown.cardId ? shown : undefined);
  const queue = first(keep, cards);
  const moved = { ...state, queue, counts: countsOf(queue), offlineMode: true };
  return keep ? moved : { ...moved, revealed: null, shownAt: now };
}

function ratedOnDevice(state: ReviewSessionState, pending: Readonly<Record<string, number>>): ReviewSessionState {
  if (Object.keys(pending).length === 0) return state;
  const ratedAt = { ...state.ratedAt };
  for (const [cardId, reps] of Object.entries(pending)) ratedAt[cardId] = Math.max(reps, ratedAt[cardId] ?? -1);
  const next = { ...state, ratedAt };
  const queue = notRatedYet(next, state.queue);
  if (queue.length === state.queue.length) return next;
  // The day's counts are the server's totals: each card put away leaves its own.
  const gone = countsOf(state.queue.filter((c) => !queue.includes(c)));
  const counts = {
    new: Math.max(0, state.counts.new - gone.new),
    learning: Math.max(0, state.counts.learning - gone.learning),
    review: Math.max(0, state.counts.review - gone.review),
  };
  return { ...next, queue, counts };
}

function undone(state: ReviewSessionState, cardId: string, rating: number): ReviewSessionState {
  const { [cardId]: _rated, ...ratedAt } = state.ratedAt; // back to the state it was rated in: it may be shown again
  const stats = {
    ...state.stats,
    reviewed: state.stats.reviewed - 1,
    again: state.stats.again - (rating === 1 ? 1 : 0),
  };
  return { ...state, history: state.history.slice(0, -1), stats, ratedAt };
}

/**
 * The review session as a pure state machine: the queue (card on screen first), reveal, ratings and
 * their answers, undo, buries, and going offline and back. Time comes in with the events; the hook
 * (components/review/use-review-session.ts) does the requests and feeds their answers back.
 */
export function reviewSessionReducer(state: ReviewSessionState, event: ReviewSessionEvent): ReviewSessionState {
  switch (event.type) {
    // Before anything can be tapped: those cards may have been rated since; the offline pack follows.
    case "servedOffline":
      return { ...state, queue: [] };
    case "ratedOnDevice":
      return ratedOnDevice(state, event.ratedAt);
    case "ready":
      return state.ready ? state : { ...state, ready: true };
    case "requestStarted":
      return { ...state, busy: true };
    case "requestEnded":
      return { ...state, busy: false };
    case "failed":
      return event.expired ? { ...state, expired: true } : { ...state, notice: "networkError" };
    case "revealed":
      return { ...state, revealed: event.revealed };
    case "rated":
      return rated(state, event.review, event.now);
    case "ratingHeld":
      return {
        ...counted(state, event.review.rating),
        sending: sent(state, event.review.cardId),
        counts: countsOf(state.queue),
      };
    case "ratingAnswered":
      return answered(state, event.review, event.outcome);
    case "ratingUnsent": {
      const unsent = { ...counted(state, event.review.rating), sending: sent(state, event.review.cardId) };
      return event.expired ? { ...unsent, expired: true } : unsent;
    }
    case "reloaded":
      return {
        ...withView(state, event.view),
        queue: notRatedYet(state, event.view.cards),
        revealed: null,
        offlineMode: false,
        shownAt: event.now,
      };
    case "refilled": {
      const held = new Set(state.queue.map((c) => c.cardId));
      return {
        ...withView(state, event.view),
        queue: [...state.queue, ...notRatedYet(state, event.view.cards).filter((c) => !held.has(c.cardId))],
      };
    }
    // Back online: fresh counts and next cards from the server, but the card on screen stays.
    case "reconnected":
      return {
        ...withView(state, event.view),
        queue: first(state.queue[0], notRatedYet(state, event.view.cards)),
        offlineMode: false,
      };
    // The card as the server now has it when the answer holds it, else as it was shown.
    case "putBack": {
      const cards: QueueCard[] = notRatedYet(state, event.view.cards);
      return {
        ...withView(state, event.view),
        queue: first(cards.find((c) => c.cardId === event.cardId) ?? event.asShown, cards),
        revealed: null,
        shownAt: event.now,
      };
    }
    case "wentOffline":
      return wentOffline(state, event.pack, event.pendingCardIds, event.now);
    case "undoStarted":
      return { ...state, busy: true, undoOffer: null };
    case "ratingUndone":
      return undone(state, event.cardId, event.rating);
    case "flagUndone":
      return { ...state, history: state.history.slice(0, -1) };
    case "flagged":
      return {
        ...state,
        history: [...state.history, { kind: "flag", action: event.action, card: event.card }],
        undoOffer: { action: event.action, at: event.now },
      };
    case "undoOfferDismissed":
      return { ...state, undoOffer: null };
  }
}
