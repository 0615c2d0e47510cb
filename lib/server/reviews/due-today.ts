import "server-only";
import { loadQueue } from "./load-queue";
import { studySettingsFor } from "./scheduler-settings-for";

export type DueToday = { new: number; learning: number; review: number };

/** The counts the deck's review screen starts with today: its own queue, within the learner's daily limits. */
export async function dueToday(userId: string, deckId: string, now: Date): Promise<DueToday> {
  const queue = await loadQueue(userId, deckId, await studySettingsFor(userId, deckId), now);
  return queue.counts;
}
