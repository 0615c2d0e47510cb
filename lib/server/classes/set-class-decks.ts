import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { deckSlugsSchema, parseInput } from "./class-input";
import { findManagedClass, type ManagedClassRef } from "./find-managed-class";

type DeckRef = { id: string; slug: string; origin: string; ownerId: string | null; isPublished: boolean };

/**
 * Built-in and published decks are open to everyone; a draft only to its owner. The class owner's
 * own drafts stay allowed when an admin edits the class, so re-saving never drops them.
 */
function mayUseDeck(found: ManagedClassRef, deck: DeckRef): boolean {
  return (
    deck.isPublished || deck.origin === "content" || deck.ownerId === found.manager.id || deck.ownerId === found.ownerId
  );
}

/** Replaces the class's decks with exactly these; an unknown or unusable deck refuses the whole change. */
export async function setClassDecks(actor: Actor | null, classId: string, deckSlugs: string[]): Promise<void> {
  const found = await findManagedClass(actor, classId);
  const slugs = [...new Set(parseInput(deckSlugsSchema, deckSlugs, "deckSlugs"))];
  const decks = await db.deck.findMany({
    where: { slug: { in: slugs } },
    select: { id: true, slug: true, origin: true, ownerId: true, isPublished: true },
  });
  const usable = decks.filter((deck) => mayUseDeck(found, deck));
  if (usable.length !== slugs.length) {
    const missing = slugs.filter((slug) => !usable.some((deck) => deck.slug === slug));
    throw new AppError("NOT_FOUND", { message: `deck not found: ${missing.join(", ")}` });
  }
  await db.$transaction([
    db.classDeck.deleteMany({ where: { classId: found.id } }),
    db.classDeck.createMany({ data: usable.map((deck) => ({ classId: found.id, deckId: deck.id })) }),
  ]);
}
