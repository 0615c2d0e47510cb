import { default_w } from "ts-fsrs";
import { z } from "zod";

/** FSRS-6 has 21 weights (w0–w3 initial stabilities … w20 the forgetting curve's decay). */
export const FSRS_WEIGHT_COUNT = 21;

export type FsrsWeights = readonly number[];

/** The weights everyone starts with: ts-fsrs's FSRS-6 defaults, the same as fsrs-rs's. */
export const DEFAULT_FSRS_WEIGHTS: FsrsWeights = Object.freeze([...default_w]);

export const fsrsWeightsSchema = z.array(z.number().finite()).length(FSRS_WEIGHT_COUNT);

// A learner's weights are read with every rating; parsing the same text again is wasted work. The
// key is the stored text itself, so what a process remembers can never be out of date.
const parsed = new Map<string, FsrsWeights | null>();
const MAX_REMEMBERED = 1000;

/**
 * The weights stored as a JSON array (User.fsrsParams, UserDeckSetting.fsrsParams); null when none
 * are stored or the text is not 21 finite numbers (the scheduler then uses the defaults).
 */
export function parseFsrsWeights(text: string | null | undefined): FsrsWeights | null {
  if (text === null || text === undefined || text === "") return null;
  const known = parsed.get(text);
  if (known !== undefined) return known;
  let value: FsrsWeights | null = null;
  try {
    const result = fsrsWeightsSchema.safeParse(JSON.parse(text));
    value = result.success ? Object.freeze(result.data) : null;
  } catch {
    value = null;
  }
  if (parsed.size >= MAX_REMEMBERED) parsed.clear();
  parsed.set(text, value);
  return value;
}

/** The stored form of `weights` (validated). */
export function serializeFsrsWeights(weights: FsrsWeights): string {
  return JSON.stringify(fsrsWeightsSchema.parse([...weights]));
}

/**
 * The weights a rating in a deck uses: the deck's own fit while the deck has a retention of its own
 * (it is then scheduled apart, like an Anki preset), else the learner's; null = the defaults.
 */
export function weightsInUse(stored: {
  learner: string | null;
  deck: string | null;
  deckHasOwnRetention: boolean;
}): FsrsWeights | null {
  const deck = stored.deckHasOwnRetention ? parseFsrsWeights(stored.deck) : null;
  return deck ?? parseFsrsWeights(stored.learner);
}
