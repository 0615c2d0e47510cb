import "server-only";
import { newMemoryState } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { assertCanStudyDeck } from "../decks/can-study-deck";
import { buildCardView, type CardView } from "./card-view";
import { loadQueue, presentationOrder } from "./load-queue";
import { readCardsToShow, readStudyDeck } from "./read-path-statements";
import { studySettingsFor } from "./scheduler-settings-for";

export type ReviewQueueView = {
  /** `sections`: the deck's own section titles, for labels of sections the UI has no translation for. */
  deck: { slug: string; title: string; sections: { id: string; title: string }[] };
  counts: { new: number; learning: number; review: number };
  cards: CardView[];
  nextDue: string | null;
};

/**
 * The next cards a learner should see in a deck (the first one to show, and the following ones to
 * prefetch), with today's remaining counts. `exclude` skips cards the browser already holds.
 */
export async function getReviewQueue(input: {
  actor: Actor | null;
  deckSlug: string;
  now: Date;
  exclude?: string[];
  limit?: number;
  locale?: "ja" | "en";
}): Promise<ReviewQueueView> {
  const deck = await assertCanStudyDeck(input.actor, await readStudyDeck(input.deckSlug));
  const actor = input.actor!;
  const settings = await studySettingsFor(actor.id, deck.id);
  const queue = await loadQueue(actor.id, deck.id, settings, input.now);
  const excluded = new Set(input.exclude ?? []);
  const next = presentationOrder(queue, input.now)
    .filter((c) => !excluded.has(c.id))
    .slice(0, input.limit ?? 2);
  const rows = await readCardsToShow(next.map((c) => c.id));
  const rowById = new Map(rows.map((r) => [r.id, r]));
  const cards = next.map((c) =>
    buildCardView(
      rowById.get(c.id)!,
      c.memory ?? newMemoryState(input.now),
      c.leech,
      settings.scheduler,
      input.locale ?? settings.locale,
      input.now,
    ),
  );
  const sections = (Array.isArray(deck.sections) ? (deck.sections as { id: string; title: string }[]) : []).map(
    ({ id, title }) => ({ id, title }),
  );
  return {
    deck: { slug: deck.slug, title: deck.title, sections },
    counts: queue.counts,
    cards,
    nextDue: queue.nextLearningDue?.toISOString() ?? null,
  };
}
