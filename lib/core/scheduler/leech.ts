export const DEFAULT_LEECH_THRESHOLD = 8;

/** A card is a leech once it has lapsed `threshold` times (Anki's default is 8). */
export function isLeech(lapses: number, threshold: number = DEFAULT_LEECH_THRESHOLD): boolean {
  return lapses >= threshold;
}
