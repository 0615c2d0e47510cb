// Who may study a deck, decided from the deck and the person alone where that is enough (see
// canStudyDeck in can-study-deck.ts for the whole rule). Free of the database, so the review
// writers can decide from the class membership they read with the card.
import { roleAtLeast } from "@/lib/core/auth/roles";
import type { Actor } from "../auth/session-actor";

export type DeckAccess = { id: string; isPublished: boolean; ownerId: string | null; visibility: string };

/** canStudyDeck's rule without the database: "ask-classes" when only class membership can decide. */
export function studyAccess(actor: Actor, deck: DeckAccess): boolean | "ask-classes" {
  if (deck.ownerId === actor.id || roleAtLeast(actor.role, "admin")) return true;
  if (!deck.isPublished) return false;
  if (deck.visibility === "public") return true;
  return "ask-classes";
}
