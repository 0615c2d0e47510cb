import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { hasRole, type Actor } from "../auth/current-user";
import { db } from "../db";

export type DeckSummary = { slug: string; title: string; description: string | null; items: number; cards: number };

/**
 * The published decks to list for this person, with their live item and card counts: the built-in
 * decks, and instructors' decks only for their classes' members, their owner and admins. (A
 * published deck can still be opened by any signed-in user who has its link; the list keeps a
 * school's instance from showing every instructor's decks to every learner.)
 */
export async function listPublicDecks(actor: Actor | null): Promise<DeckSummary[]> {
  const isAdmin: boolean = hasRole(actor, "admin");
  const visible: Prisma.DeckWhereInput = isAdmin
    ? {}
    : { OR: [{ ownerId: null }, ...(actor ? [{ ownerId: actor.id }, { classes: { some: { class: { members: { some: { userId: actor.id } } } } } }] : [])] };
  const decks = await db.deck.findMany({
    where: { isPublished: true, ...visible },
    orderBy: { title: "asc" },
    select: {
      slug: true,
      title: true,
      description: true,
      _count: { select: { items: { where: { retiredAt: null } }, cards: { where: { retiredAt: null } } } },
    },
  });
  return decks.map((d) => ({ slug: d.slug, title: d.title, description: d.description, items: d._count.items, cards: d._count.cards }));
}

/** The sections of a published deck, in the order of the notes; null when there is no such deck. */
export async function getDeckSections(slug: string): Promise<{ id: string; title: string }[] | null> {
  const deck = await db.deck.findUnique({ where: { slug }, select: { sections: true, isPublished: true } });
  if (!deck?.isPublished) return null;
  return (deck.sections as { id: string; title: string }[]).map((s) => ({ id: s.id, title: s.title }));
}
