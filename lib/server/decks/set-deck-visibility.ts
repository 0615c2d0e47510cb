import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { loadEditableDeck } from "../editor/editable-deck";
import type { DeckVisibility } from "./can-study-deck";

/**
 * Makes an instructor deck public (every signed-in learner may study it) or private (its owner,
 * admins and the members of classes it is assigned to). Only who may edit the deck may change it;
 * built-in decks are not editable and stay public. Learners who lose access keep their history.
 */
export async function setDeckVisibility(actor: Actor | null, slug: string, visibility: DeckVisibility): Promise<void> {
  const deck = await loadEditableDeck(actor, slug);
  await db.deck.update({ where: { id: deck.id }, data: { visibility } });
}
