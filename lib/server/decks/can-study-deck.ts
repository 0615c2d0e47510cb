import "server-only";
import type { Actor } from "../auth/current-user";
import { hasRole } from "../auth/current-user";
import { AppError } from "../errors";

export type DeckAccess = { id: string; isPublished: boolean; ownerId: string | null };

/** Published decks are open to every signed-in learner; drafts only to their owner and admins. */
export function canStudyDeck(actor: Actor, deck: DeckAccess): boolean {
  return deck.isPublished || deck.ownerId === actor.id || hasRole(actor, "admin");
}

export function assertCanStudyDeck(actor: Actor | null, deck: DeckAccess | null): asserts deck is DeckAccess {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!deck || !canStudyDeck(actor, deck)) throw new AppError("NOT_FOUND", { message: "deck not found" });
}
