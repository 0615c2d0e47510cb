import type { CardView, RevealedCard, ReviewQueueView } from "@/lib/client/api/review-api";
import type { StoredCard } from "@/lib/client/offline/pack-store";
import { reviewSessionReducer, type ReviewSessionEvent } from "@/lib/client/review-session/review-session-reducer";
import { initialReviewSession, type ReviewSessionState } from "@/lib/client/review-session/review-session-state";

export const NOW = Date.parse("2025-03-01T10:00:00.000Z");

export function makeCardView(cardId: string, overrides: Partial<CardView> = {}): CardView {
  return {
    cardId,
    itemType: "flashcard",
    section: "pods",
    input: "reveal",
    promptHtml: `<p>${cardId}?</p>`,
    expectedReps: 0,
    state: "new",
    leech: false,
    intervals: [],
    memory: null,
    ...overrides,
  };
}

export function makePackCard(cardId: string, overrides: Partial<StoredCard> = {}): StoredCard {
  return {
    ...makeCardView(cardId),
    dueAt: new Date(NOW).toISOString(),
    answerHtml: `<p>${cardId}!</p>`,
    explanationHtml: "",
    source: null,
    correction: null,
    deckSlug: "pods",
    order: 0,
    ...overrides,
  };
}

export function makeView(cards: CardView[]): ReviewQueueView {
  return {
    deck: { slug: "pods", title: "Pods", sections: [] },
    counts: { new: cards.length, learning: 0, review: 0 },
    cards,
    nextDue: null,
  };
}

export const revealedOf = (cardId: string): RevealedCard => ({
  cardId,
  answerHtml: "<p>!</p>",
  explanationHtml: "",
  source: null,
  correction: null,
  grade: null,
});

/** A session started from `cards` as the page served them, online and ready. */
export function servedSession(cards: CardView[]): ReviewSessionState {
  return reviewSessionReducer(initialReviewSession(makeView(cards), NOW), { type: "ready" });
}

export function play(state: ReviewSessionState, ...events: ReviewSessionEvent[]): ReviewSessionState {
  return events.reduce(reviewSessionReducer, state);
}

export const shownIds = (state: ReviewSessionState) => state.queue.map((c) => c.cardId);
