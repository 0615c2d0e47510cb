import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { hasRole, type Actor } from "../auth/current-user";
import { db } from "../db";
import { canStudyDeck, DECK_ACCESS_SELECT } from "./can-study-deck";

export type DeckSummary = { slug: string; title: string; description: string | null; items: number; cards: number };

/**
 * The published decks to list for this person, with their live item and card counts: public decks
 * (the built-in ones and instructor decks made public), and private instructor decks only for their
 * classes' members, their owner and admins — the same rule as canStudyDeck, as a query.
 */
export async function listPublicDecks(actor: Actor | null): Promise<DeckSummary[]> {
  const isAdmin: boolean = hasRole(actor, "admin");
  const visible: Prisma.DeckWhereInput = isAdmin
    ? {}
    : {
        OR: [
          { visibility: "public" },
          ...(actor
            ? [{ ownerId: actor.id }, { classes: { some: { class: { members: { some: { userId: actor.id } } } } } }]
            : []),
        ],
      };
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
  return decks.map((d) => ({
    slug: d.slug,
    title: d.title,
    description: d.description,
    items: d._count.items,
    cards: d._count.cards,
  }));
}

/** The sections of a deck this person may study, in the order of the notes; null when there is no such deck for them. */
export async function getDeckSections(actor: Actor, slug: string): Promise<{ id: string; title: string }[] | null> {
  const deck = await db.deck.findUnique({ where: { slug }, select: { sections: true, ...DECK_ACCESS_SELECT } });
  if (!deck || !deck.isPublished || !(await canStudyDeck(actor, deck))) return null;
  return (deck.sections as { id: string; title: string }[]).map((s) => ({ id: s.id, title: s.title }));
}
