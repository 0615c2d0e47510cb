/**
 * The seed of a review's interval fuzz: the card and how many reviews it had, so the intervals
 * shown on the buttons are the ones a rating then records, on any server.
 */
export function reviewSeed(cardId: string, reps: number): string {
  return `${cardId}:${reps}`;
}
