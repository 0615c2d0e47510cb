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
