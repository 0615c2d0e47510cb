import { retrievabilityAt, type SchedulerSettings } from "../scheduler/fsrs-adapter";
import type { MemoryState } from "../scheduler/memory-state";

/**
 * Mean FSRS retrievability of `cards` at `at`, as if none of them were reviewed again before then:
 * a floor for the exam (reviews on schedule keep each card near the desired retention or above).
 * Null for no cards; new cards are left out (their retrievability is undefined, not 0).
 */
export function meanRecallAt(cards: MemoryState[], at: Date, settings: SchedulerSettings): number | null {
  const reviewed = cards.filter((card) => card.state !== "new" && card.lastReview !== null);
  if (reviewed.length === 0) return null;
  const total = reviewed.reduce((sum, card) => sum + retrievabilityAt(card, at, settings), 0);
  return total / reviewed.length;
}
