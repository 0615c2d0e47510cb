import "server-only";
import { db } from "../db";

export type DeckSummary = { slug: string; title: string; description: string | null; items: number; cards: number };

/** Published decks anyone may study, with their live item and card counts. */
export async function listPublicDecks(): Promise<DeckSummary[]> {
  const decks = await db.deck.findMany({
    where: { isPublished: true },
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
