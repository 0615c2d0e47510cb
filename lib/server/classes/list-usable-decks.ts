import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { findManagedClass } from "./find-managed-class";

export type UsableDeck = { slug: string; title: string; isPublished: boolean; isBuiltIn: boolean; isSelected: boolean };

/** What the deck picker offers: the owner's decks, published built-in decks, and whatever is already chosen. */
export async function listUsableDecks(actor: Actor | null, classId: string): Promise<UsableDeck[]> {
  const found = await findManagedClass(actor, classId);
  const decks = await db.deck.findMany({
    where: {
      OR: [
        { ownerId: { in: [found.ownerId, found.manager.id] } },
        { origin: "content", isPublished: true },
        { classes: { some: { classId: found.id } } },
      ],
    },
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      isPublished: true,
      origin: true,
      classes: { where: { classId: found.id }, select: { classId: true } },
    },
  });
  return decks.map((d) => ({
    slug: d.slug,
    title: d.title,
    isPublished: d.isPublished,
    isBuiltIn: d.origin === "content",
    isSelected: d.classes.length > 0,
  }));
}
