import { TRAINED_KINDS, type LoggedRating } from "./fsrs-training-items";

// The review log in the CSV form of Anki's revlog that the FSRS tools read (fsrs-rs
// convert_csv_to_fsrs_items, the FSRS optimizer): card_id,review_time,review_rating,review_state,
// review_duration, the time in epoch milliseconds and the state the card was in before the rating as
// FSRS numbers it (0 new, 1 learning, 2 review, 3 relearning; checked against fsrs-rs's reader in
// tests/integration/anki-history-import.test.ts). Card ids become numbers (1, 2, … by first rating).

export const REVLOG_CSV_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

const FSRS_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/** CSV text of the ratings the optimizer would learn from (live, ours or imported, rated 1–4), oldest first. */
export function revlogCsv(logs: readonly (LoggedRating & { durationMs: number })[]): string {
  const kept = logs
    .filter((log) => !log.undone && TRAINED_KINDS.has(log.kind) && log.rating >= 1 && log.rating <= 4)
    .sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const numbers = new Map<string, number>();
  const lines = kept.map((log) => {
    let card = numbers.get(log.cardId);
    if (card === undefined) numbers.set(log.cardId, (card = numbers.size + 1));
    return `${card},${log.reviewedAt.getTime()},${log.rating},${FSRS_STATE[log.previousState]},${Math.max(0, Math.round(log.durationMs))}`;
  });
  return [REVLOG_CSV_HEADER, ...lines].join("\n") + "\n";
}
