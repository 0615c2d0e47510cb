import "server-only";
// The cards a learner may review without a connection: today's queue and the cards that fall due in
// the next days, in the order the review screen would show them, with their answer side. Only
// self-graded cards (front/reverse/cloze) are included: typed and kubectl answers are graded on the
// server and their expected answers never leave it before the learner submits.
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import { newMemoryState, type MemoryState } from "@/lib/core/scheduler/memory-state";
import { addDays, learningDayOf, startOfLearningDay } from "@/lib/core/scheduler/learning-day";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { buildCardView, type CardView } from "./card-view";
import { presentationOrder, queueFromInputs, readQueueInputs } from "./load-queue";
import { studySettingsFor } from "./scheduler-settings-for";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";

export const OFFLINE_DAYS = 3;
const MAX_CARDS = 300;
const SELF_GRADED = new Set(["front", "reverse", "cloze"]);

export type OfflineCard = CardView & ItemNotes & { dueAt: string; answerHtml: string };
export type OfflinePack = { deckSlug: string; generatedAt: string; days: number; cards: OfflineCard[] };

export async function getOfflinePack(input: {
  actor: Actor | null;
  deckSlug: string;
  now: Date;
  locale?: "ja" | "en";
}): Promise<OfflinePack> {
  const deck = await assertCanStudyDeck(
    input.actor,
    await db.deck.findUnique({ where: { slug: input.deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const actor = input.actor!;
  const settings = await studySettingsFor(actor.id, deck.id);
  // The queue as it will stand on each of the next days, in presentation order; a card keeps the
  // first day it appears on. The learner's cards and states are read once. A later day starts with
  // no reviews done and with the earlier days' new cards learnt, so it brings its own new-card
  // allowance; those new cards fall due at the start of their day, not before.
  const inputs = await readQueueInputs(actor.id, deck.id, settings, input.now);
  const { timeZone, rolloverHour } = settings.scheduler;
  const today = learningDayOf(input.now, timeZone, rolloverHour);
  const chosen = new Map<string, { id: string; due: Date; memory: MemoryState | null; leech: boolean }>();
  const introduced = new Set<string>();
  for (let day = 0; day < OFFLINE_DAYS && chosen.size < MAX_CARDS; day++) {
    const at = day === 0 ? input.now : startOfLearningDay(addDays(today, day), timeZone, rolloverHour);
    const cards = inputs.cards.filter((card) => !introduced.has(card.id));
    const queue = queueFromInputs({ ...inputs, cards, todays: day === 0 ? inputs.todays : [] }, deck.id, settings, at);
    // Learning steps due later in the day come last: the device shows each when it falls due.
    const ordered = presentationOrder(queue, at);
    for (const card of [...ordered, ...queue.learning.filter((c) => !ordered.includes(c))]) {
      if (!card.memory) introduced.add(card.id);
      if (!chosen.has(card.id) && chosen.size < MAX_CARDS)
        chosen.set(card.id, {
          id: card.id,
          due: card.memory?.due ?? at,
          memory: card.memory ?? null,
          leech: card.leech,
        });
    }
  }
  const rows = await db.card.findMany({
    where: { id: { in: [...chosen.keys()] }, kind: { in: [...SELF_GRADED] } },
    select: {
      id: true,
      kind: true,
      ordinal: true,
      item: {
        select: {
          type: true,
          section: true,
          body: true,
          answer: true,
          explanation: true,
          sources: true,
          correction: true,
        },
      },
    },
  });
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const cards: OfflineCard[] = [];
  for (const entry of chosen.values()) {
    const row = rowById.get(entry.id);
    if (!row) continue;
    const view = buildCardView(
      row,
      entry.memory ?? newMemoryState(input.now),
      entry.leech,
      settings.scheduler,
      input.locale ?? settings.locale,
      input.now,
    );
    const sides = cardSides(row.kind as CardKind, row.ordinal, decodeItemParts(row.item));
    cards.push({
      ...view,
      ...renderItemNotes(row.item),
      answerHtml: renderMarkdown(sides.answer),
      dueAt: entry.due.toISOString(),
    });
  }
  return { deckSlug: input.deckSlug, generatedAt: input.now.toISOString(), days: OFFLINE_DAYS, cards };
}
