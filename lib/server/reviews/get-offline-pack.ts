import "server-only";
// The cards a learner may review without a connection: today's queue and the cards that fall due in
// the next days, in the order the review screen would show them, with their answer side. Only
// self-graded cards (front/reverse/cloze) are included: typed and kubectl answers are graded on the
// server and their expected answers never leave it before the learner submits.
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import { newMemoryState, type MemoryState } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { assertCanStudyDeck } from "../decks/can-study-deck";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { buildCardView, type CardView } from "./card-view";
import { loadQueue, presentationOrder } from "./load-queue";
import { studySettingsFor } from "./scheduler-settings-for";

export const OFFLINE_DAYS = 3;
const MAX_CARDS = 300;
const SELF_GRADED = new Set(["front", "reverse", "cloze"]);
const DAY_MS = 24 * 3600 * 1000;

export type OfflineCard = CardView & ItemNotes & { dueAt: string; answerHtml: string };
export type OfflinePack = { deckSlug: string; generatedAt: string; days: number; cards: OfflineCard[] };

export async function getOfflinePack(input: { actor: Actor | null; deckSlug: string; now: Date; locale?: "ja" | "en" }): Promise<OfflinePack> {
  const deck = await db.deck.findUnique({ where: { slug: input.deckSlug }, select: { id: true, isPublished: true, ownerId: true } });
  assertCanStudyDeck(input.actor, deck);
  const actor = input.actor!;
  const settings = await studySettingsFor(actor.id, deck.id);
  // The queue as it will stand on each of the next days: each day's new-card allowance and the
  // cards due by then, in presentation order; a card keeps the first day it appears on.
  const chosen = new Map<string, { id: string; due: Date; memory: MemoryState | null; leech: boolean }>();
  for (let day = 0; day < OFFLINE_DAYS && chosen.size < MAX_CARDS; day++) {
    const at = new Date(input.now.getTime() + day * DAY_MS);
    const queue = await loadQueue(actor.id, deck.id, settings, at);
    for (const card of presentationOrder(queue, at)) {
      if (!chosen.has(card.id) && chosen.size < MAX_CARDS) chosen.set(card.id, { id: card.id, due: card.memory?.due ?? input.now, memory: card.memory ?? null, leech: card.leech });
    }
  }
  const rows = await db.card.findMany({
    where: { id: { in: [...chosen.keys()] }, kind: { in: [...SELF_GRADED] } },
    select: { id: true, kind: true, ordinal: true, item: { select: { type: true, section: true, body: true, answer: true, explanation: true, sources: true, correction: true } } },
  });
  const rowById = new Map(rows.map((row) => [row.id, row]));
  const cards: OfflineCard[] = [];
  for (const entry of chosen.values()) {
    const row = rowById.get(entry.id);
    if (!row) continue;
    const view = buildCardView(row, entry.memory ?? newMemoryState(input.now), entry.leech, settings.scheduler, input.locale ?? settings.locale, input.now);
    const sides = cardSides(row.kind as CardKind, row.ordinal, row.item as { body: Record<string, unknown>; answer: Record<string, unknown> });
    cards.push({ ...view, ...renderItemNotes(row.item), answerHtml: renderMarkdown(sides.answer), dueAt: entry.due.toISOString() });
  }
  return { deckSlug: input.deckSlug, generatedAt: input.now.toISOString(), days: OFFLINE_DAYS, cards };
}
