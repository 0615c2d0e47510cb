import type { CardView, RevealedCard, ReviewQueueView } from "@/lib/client/api/review-api";
import type { StoredCard } from "@/lib/client/offline/pack-store";

/** A card as the server sent it for the session, or its copy from the offline pack (with its answer side). */
export type QueueCard = CardView | StoredCard;
export type Counts = ReviewQueueView["counts"];
export type Stats = { reviewed: number; again: number; startedAt: number };
/** What Z takes back, latest first: a rating, or a bury or suspend (with the card as it was shown). */
export type Done =
  | { kind: "review"; reviewId: string; cardId: string; rating: number }
  | { kind: "flag"; action: "bury" | "suspend"; card: QueueCard };
export type UndoOffer = { action: "bury" | "suspend"; at: number };
export type Notice = "stale" | "networkError" | "leechNotice";

export type ReviewSessionState = {
  /** The card on screen first, then the prefetched ones. */
  queue: QueueCard[];
  counts: Counts;
  nextDue: string | null;
  revealed: RevealedCard | null;
  notice: Notice | null;
  stats: Stats;
  /** A reveal, undo or flag request is on its way. */
  busy: boolean;
  offlineMode: boolean;
  /** False until the served queue is known to be usable. */
  ready: boolean;
  /** The snackbar after a bury or suspend. */
  undoOffer: UndoOffer | null;
  /** The server answered 401: sign in again, nothing is lost. */
  expired: boolean;
  history: Done[];
  /** When the card on screen was shown (the rating's durationMs). */
  shownAt: number;
  /**
   * Cards rated in this session and the reps they were rated at. A queue answer the server built
   * before a rating reached it still holds that card as it was; it must not be shown a second time.
   */
  ratedAt: Readonly<Record<string, number>>;
  /** Cards whose rating is on its way to the server: left out of queue requests. */
  sending: string[];
};

/** A rating as the session knows it (the outbox holds the whole review). */
export type RatedReview = { reviewId: string; cardId: string; rating: 1 | 2 | 3 | 4; expectedReps: number };

/** Cards due within this horizon are shown from the offline pack (the server's learn-ahead limit). */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function initialReviewSession(initial: ReviewQueueView, now: number): ReviewSessionState {
  return {
    queue: initial.cards,
    counts: initial.counts,
    nextDue: initial.nextDue,
    revealed: null,
    notice: null,
    stats: { reviewed: 0, again: 0, startedAt: now },
    busy: false,
    offlineMode: false,
    ready: false,
    undoOffer: null,
    expired: false,
    history: [],
    shownAt: now,
    ratedAt: {},
    sending: [],
  };
}

export function countsOf(cards: QueueCard[]): Counts {
  return {
    new: cards.filter((c) => c.state === "new").length,
    learning: cards.filter((c) => c.state === "learning" || c.state === "relearning").length,
    review: cards.filter((c) => c.state === "review").length,
  };
}

/** The cards of a queue answer that this session has not rated in the state the answer holds them in. */
export function notRatedYet<T extends QueueCard>(state: ReviewSessionState, cards: T[]): T[] {
  return cards.filter((c) => c.expectedReps > (state.ratedAt[c.cardId] ?? -1));
}

/** The answer side of a card from the offline pack, shown without asking the server; null for a server card. */
export function packReveal(card: QueueCard): RevealedCard | null {
  if (!("answerHtml" in card)) return null;
  const { cardId, answerHtml, explanationHtml, source, correction } = card;
  return { cardId, answerHtml, explanationHtml, source, correction, grade: null };
}
