/**
 * Cram mode's order, as in Anki's filtered decks without rescheduling: every card of a section once
 * in deck order; a card rated Again goes to the back and comes round until it is rated otherwise.
 */
export type CramRating = 1 | 2 | 3 | 4;

export type CramQueue = {
  /** Card ids still to show; the first is the current card. */
  pending: string[];
  /** Cards rated anything but Again at least once, i.e. finished. */
  finished: string[];
  /** Ratings given, including the Agains of cards that came back. */
  answered: number;
  again: number;
  total: number;
};

export function startCram(cardIds: string[]): CramQueue {
  const unique = [...new Set(cardIds)];
  return { pending: unique, finished: [], answered: 0, again: 0, total: unique.length };
}

/** The queue after rating its current card; rating another card is a caller error. */
export function rateCram(queue: CramQueue, cardId: string, rating: CramRating): CramQueue {
  const [current, ...rest] = queue.pending;
  if (current !== cardId) throw new Error(`cram: ${cardId} is not the current card (${current ?? "none"})`);
  const isAgain = rating === 1;
  return {
    pending: isAgain ? [...rest, current] : rest,
    finished: isAgain ? queue.finished : [...queue.finished, current],
    answered: queue.answered + 1,
    again: queue.again + (isAgain ? 1 : 0),
    total: queue.total,
  };
}

export function isCramDone(queue: CramQueue): boolean {
  return queue.pending.length === 0;
}
