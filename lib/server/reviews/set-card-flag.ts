import "server-only";
import { learningDayOf } from "@/lib/core/scheduler/learning-day";
import { newMemoryState } from "@/lib/core/scheduler/memory-state";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { rowFromMemory } from "./memory-state-row";

export type CardFlagAction = "bury" | "suspend" | "unsuspend" | "unbury";
export const CARD_FLAG_ACTIONS = [
  "bury",
  "suspend",
  "unsuspend",
  "unbury",
] as const satisfies readonly CardFlagAction[];

/**
 * Manual bury (until the next learning day), suspend, unsuspend and unbury of the learner's own
 * card state. Bury and suspend create the state row of a card never seen. Unsuspend and unbury are
 * the way back (also the review screen's undo): each changes a row only while it is still in the
 * state it takes back, checked in the UPDATE itself, so a second tab, a retried request or a card
 * already unburied by the new day is left as it is. `changed` says whether a row was changed.
 */
export async function setCardFlag(
  actor: Actor | null,
  cardId: string,
  action: CardFlagAction,
  now: Date,
): Promise<{ changed: boolean }> {
  if (!CARD_FLAG_ACTIONS.includes(action)) throw new AppError("INVALID_INPUT");
  const card = await db.card.findUnique({
    where: { id: cardId },
    select: { deck: { select: { ...DECK_ACCESS_SELECT } } },
  });
  await assertCanStudyDeck(actor, card?.deck ?? null);
  const userId = actor!.id;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, rolloverHour: true },
  });
  const today = learningDayOf(now, user.timeZone, user.rolloverHour);
  const mine = { userId, cardId };
  if (action === "unsuspend") {
    // A leech is suspended with its flag; putting it back clears the flag (8 more lapses make it one again).
    const { count } = await db.cardState.updateMany({
      where: { ...mine, suspended: true },
      data: { suspended: false, leech: false },
    });
    return { changed: count > 0 };
  }
  if (action === "unbury") {
    // Buried means buried through today or later; a bury of an earlier day has already ended.
    const { count } = await db.cardState.updateMany({
      where: { ...mine, buriedUntil: { gte: today } },
      data: { buriedUntil: null },
    });
    return { changed: count > 0 };
  }
  const data = action === "bury" ? { buriedUntil: today } : { suspended: true };
  await db.cardState.upsert({
    where: { userId_cardId: mine },
    create: { ...mine, ...rowFromMemory(newMemoryState(now)), ...data },
    update: data,
  });
  return { changed: true };
}
