import "server-only";
// The rows behind the queue's first screen and a card's reveal, each one plain parameterised
// statement run by readRows (db/read-rows.ts; issue 16): with Prisma's model calls a deck, a card
// with its item, or a card with its deck and item cost one statement per relation and ~0.6 ms of
// CPU each, on every GET of the queue and every reveal.
import { placeholders, readRows } from "../db/read-rows";
import { rawBoolean as bool, rawDate as date, rawJson as json, rawNumber as num } from "../db/raw-values";
import type { DeckAccess } from "../decks/can-study-deck";
import type { CardRow } from "./card-view";

export type StudyDeck = DeckAccess & { slug: string; title: string; sections: unknown };

const deckAccess = (r: Record<string, unknown>): DeckAccess => ({
  id: r.deckId as string,
  isPublished: bool(r.isPublished),
  ownerId: (r.ownerId as string | null) ?? null,
  visibility: r.visibility as string,
});

export async function readStudyDeck(slug: string): Promise<StudyDeck | null> {
  const [row] = await readRows({
    sql: 'SELECT "id" AS "deckId", "slug", "title", "sections", "isPublished", "ownerId", "visibility" FROM "Deck" WHERE "slug" = ?',
    params: [slug],
  });
  return row
    ? { ...deckAccess(row), slug: row.slug as string, title: row.title as string, sections: json(row.sections) }
    : null;
}

/** The cards to show with the learner-visible side of their items, in no particular order. */
export async function readCardsToShow(ids: string[]): Promise<CardRow[]> {
  if (ids.length === 0) return [];
  const rows = await readRows({
    sql: `SELECT c."id", c."kind", c."ordinal", i."type", i."section", i."body", i."answer"
      FROM "Card" c JOIN "Item" i ON i."id" = c."itemId" WHERE c."id" IN (${placeholders(ids.length)})`,
    params: ids,
  });
  return rows.map((r) => ({
    id: r.id as string,
    kind: r.kind as string,
    ordinal: num(r.ordinal),
    item: { type: r.type as string, section: r.section as string, body: json(r.body), answer: json(r.answer) },
  }));
}

export type CardToReveal = {
  id: string;
  kind: string;
  ordinal: number;
  retiredAt: Date | null;
  deck: DeckAccess;
  item: { type: string; body: unknown; answer: unknown; explanation: string; sources: unknown; correction: unknown };
};

export async function readCardToReveal(cardId: string): Promise<CardToReveal | null> {
  const [r] = await readRows({
    sql: `SELECT c."id", c."kind", c."ordinal", c."retiredAt", d."id" AS "deckId", d."isPublished", d."ownerId", d."visibility",
             i."type", i."body", i."answer", i."explanation", i."sources", i."correction"
      FROM "Card" c JOIN "Deck" d ON d."id" = c."deckId" JOIN "Item" i ON i."id" = c."itemId" WHERE c."id" = ?`,
    params: [cardId],
  });
  if (!r) return null;
  return {
    id: r.id as string,
    kind: r.kind as string,
    ordinal: num(r.ordinal),
    retiredAt: date(r.retiredAt),
    deck: deckAccess(r),
    item: {
      type: r.type as string,
      body: json(r.body),
      answer: json(r.answer),
      explanation: r.explanation as string,
      sources: json(r.sources),
      correction: json(r.correction ?? null),
    },
  };
}
