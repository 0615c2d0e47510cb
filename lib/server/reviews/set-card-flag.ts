import "server-only";
import { learningDayOf } from "@/lib/core/scheduler/learning-day";
import { newMemoryState } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { rowFromMemory } from "./memory-state-row";
import { renderMarkdown } from "../content/render-markdown";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";

export type CardFlagAction = "bury" | "suspend" | "unsuspend";

/** Manual bury (until the next learning day), suspend and unsuspend of the learner's own card state. */
export async function setCardFlag(actor: Actor | null, cardId: string, action: CardFlagAction, now: Date): Promise<void> {
  const card = await db.card.findUnique({ where: { id: cardId }, select: { deck: { select: { ...DECK_ACCESS_SELECT } } } });
  await assertCanStudyDeck(actor, card?.deck ?? null);
  const user = await db.user.findUniqueOrThrow({ where: { id: actor!.id }, select: { timeZone: true, rolloverHour: true } });
  const today = learningDayOf(now, user.timeZone, user.rolloverHour);
  const data =
    action === "bury" ? { buriedUntil: today } : action === "suspend" ? { suspended: true } : { suspended: false, leech: false };
  if (!["bury", "suspend", "unsuspend"].includes(action)) throw new AppError("INVALID_INPUT");
  await db.cardState.upsert({
    where: { userId_cardId: { userId: actor!.id, cardId } },
    create: { userId: actor!.id, cardId, ...rowFromMemory(newMemoryState(now)), ...data },
    update: data,
  });
}

/** The learner's leeches: suspended automatically after 8 lapses, listed so they can be fixed. */
export async function listLeeches(actor: Actor | null) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const rows = await db.cardState.findMany({
    where: { userId: actor.id, leech: true },
    select: { cardId: true, lapses: true, suspended: true, card: { select: { kind: true, ordinal: true, deck: { select: { title: true } }, item: { select: { body: true, answer: true } } } } },
    orderBy: { lapses: "desc" },
  });
  return rows.map((row) => ({
    cardId: row.cardId,
    lapses: row.lapses,
    suspended: row.suspended,
    deckTitle: row.card.deck.title,
    promptHtml: renderMarkdown(cardSides(row.card.kind as CardKind, row.card.ordinal, row.card.item as { body: Record<string, unknown>; answer: Record<string, unknown> }).prompt),
  }));
}
