import type { CardStateName } from "../../scheduler/memory-state";

// Anki's review log (the revlog table, the same in every collection schema) mapped onto our cards:
// an Anki card is its note's item (by GUID) and its template ordinal (`ord`, 0-based) — our card
// ordinal is ord + 1 for basic (front 1, reverse 2) and cloze (c1 = ord 0) alike (derive-cards.ts).

/** One revlog row. `id` is the review time in epoch milliseconds (unique in its collection). */
export type AnkiRevlogRow = {
  id: number;
  cardId: string;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
};

/** Anki's RevlogReviewKind. */
const LEARNING = 0;
const REVIEW = 1;
const RELEARNING = 2;
const FILTERED = 3;

export type ImportedRating = {
  revlogId: number;
  cardId: string;
  /** 'anki' trains the optimizer; 'anki-cram' (filtered deck without rescheduling) and 'anki-manual' (set due date, reset, rescheduled) do not. */
  kind: "anki" | "anki-cram" | "anki-manual";
  rating: number;
  previousState: CardStateName;
  reviewedAt: Date;
  durationMs: number;
  /** Anki's own columns, kept with the row. */
  anki: { type: number; ivl: number; lastIvl: number; factor: number };
};

function kindOf(row: AnkiRevlogRow): ImportedRating["kind"] {
  if (row.ease < 1 || row.ease > 4 || row.type > FILTERED) return "anki-manual";
  if (row.type === FILTERED && row.factor === 0) return "anki-cram";
  return "anki";
}

const STATE_OF: Record<number, CardStateName> = {
  [LEARNING]: "learning",
  [REVIEW]: "review",
  [RELEARNING]: "relearning",
  [FILTERED]: "review",
};

/** Anki caps the recorded answer time at 60 s by default; anything odd is clamped into 0..1 h. */
const MAX_DURATION_MS = 3_600_000;

/**
 * The ratings of `revlog` whose Anki card maps to one of ours (`ourCardOf`: Anki card id → our card
 * id, or undefined), oldest first; rows of other cards are counted in `unmatched`.
 */
export function mapAnkiRevlog(
  revlog: readonly AnkiRevlogRow[],
  ourCardOf: (ankiCardId: string) => string | undefined,
): { ratings: ImportedRating[]; unmatched: number } {
  const ratings: ImportedRating[] = [];
  let unmatched = 0;
  for (const row of revlog) {
    const cardId = ourCardOf(row.cardId);
    if (!cardId || !Number.isSafeInteger(row.id) || row.id <= 0) {
      unmatched++;
      continue;
    }
    ratings.push({
      revlogId: row.id,
      cardId,
      kind: kindOf(row),
      rating: row.ease,
      previousState: STATE_OF[row.type] ?? "review",
      reviewedAt: new Date(row.id),
      durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(row.time))),
      anki: { type: row.type, ivl: row.ivl, lastIvl: row.lastIvl, factor: row.factor },
    });
  }
  return { ratings: ratings.sort((a, b) => a.revlogId - b.revlogId), unmatched };
}
