import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { canStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import type { DeckSummary } from "../decks/list-decks";

export type ClassDeckSummary = DeckSummary & { classNames: string[] };

/**
 * The decks of every class the caller is in, each once with the names of the classes that chose
 * it. A deck the caller may not study (a draft of the instructor's) is left out until published.
 */
export async function listClassDecksFor(actor: Actor | null): Promise<ClassDeckSummary[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const rows = await db.classDeck.findMany({
    where: { class: { members: { some: { userId: actor.id } } } },
    select: {
      class: { select: { name: true } },
      deck: {
        select: {
          slug: true,
          title: true,
          description: true,
          ...DECK_ACCESS_SELECT,
          _count: { select: { items: { where: { retiredAt: null } }, cards: { where: { retiredAt: null } } } },
        },
      },
    },
  });
  const bySlug = new Map<string, ClassDeckSummary>();
  for (const { class: c, deck } of rows) {
    if (!(await canStudyDeck(actor, deck))) continue;
    const entry = bySlug.get(deck.slug) ?? {
      slug: deck.slug,
      title: deck.title,
      description: deck.description,
      items: deck._count.items,
      cards: deck._count.cards,
      classNames: [],
    };
    if (!entry.classNames.includes(c.name)) entry.classNames.push(c.name);
    bySlug.set(deck.slug, entry);
  }
  const byName = (a: string, b: string) => a.localeCompare(b);
  return [...bySlug.values()]
    .map((d) => ({ ...d, classNames: d.classNames.sort(byName) }))
    .sort((a, b) => byName(a.title, b.title));
}
