import "server-only";
import type { Actor } from "../auth/session-actor";
import { readRows } from "../db/read-rows";
import { AppError } from "../errors";
import { studyAccess, type DeckAccess } from "./study-access";

export type { DeckAccess } from "./study-access";

/** What every learner-facing read selects of a deck to decide access (see canStudyDeck). */
export const DECK_ACCESS_SELECT = { id: true, isPublished: true, ownerId: true, visibility: true } as const;

export const DECK_VISIBILITIES = ["private", "public"] as const;
export type DeckVisibility = (typeof DECK_VISIBILITIES)[number];

/**
 * Who may study a deck: its owner and admins always; anyone else only once it is published, and
 * then either because it is public (the built-in decks, and instructor decks made public) or
 * because they belong to a class it is assigned to. Leaving the class ends access; the learner's
 * history stays in the database but the deck answers like a deck that does not exist.
 */
export async function canStudyDeck(actor: Actor, deck: DeckAccess): Promise<boolean> {
  const decided = studyAccess(actor, deck);
  if (decided !== "ask-classes") return decided;
  const viaClass = await readRows({
    sql: `SELECT 1 AS "found" FROM "ClassDeck" cd JOIN "ClassMember" m ON m."classId" = cd."classId" WHERE cd."deckId" = ? AND m."userId" = ? LIMIT 1`,
    params: [deck.id, actor.id],
  });
  return viaClass.length > 0;
}

/** Refused and missing decks get the same error, so a private deck's slug reveals nothing. */
export async function assertCanStudyDeck<T extends DeckAccess>(actor: Actor | null, deck: T | null): Promise<T> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!deck || !(await canStudyDeck(actor, deck))) throw new AppError("NOT_FOUND", { message: "deck not found" });
  return deck;
}

/** The decks of `decks` this person may study, in the same order. */
export async function filterStudyable<T extends DeckAccess>(actor: Actor, decks: T[]): Promise<T[]> {
  const allowed = await Promise.all(decks.map((deck) => canStudyDeck(actor, deck)));
  return decks.filter((_, i) => allowed[i]);
}
