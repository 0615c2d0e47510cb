import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { rawNumber } from "../db/raw-values";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";

export type CramSection = { id: string; title: string; cards: number };
export type CramDeckView = { deck: { slug: string; title: string }; sections: CramSection[] };

/** The deck and its sections as the deck lists them; sections only items name are added at the end. */
export async function loadCramDeck(actor: Actor | null, deckSlug: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({
      where: { slug: deckSlug },
      select: { slug: true, title: true, sections: true, ...DECK_ACCESS_SELECT },
    }),
  );
  const listed = Array.isArray(deck.sections) ? (deck.sections as { id?: unknown; title?: unknown }[]) : [];
  const sections = listed
    .filter((s) => typeof s?.id === "string")
    .map((s) => ({ id: String(s.id), title: typeof s.title === "string" && s.title ? s.title : String(s.id) }));
  return { deck: { id: deck.id, slug: deck.slug, title: deck.title }, sections };
}

/** The sections of a deck the actor may study, each with its number of live cards, for choosing what to cram. */
export async function listCramSections(actor: Actor | null, deckSlug: string): Promise<CramDeckView> {
  const { deck, sections } = await loadCramDeck(actor, deckSlug);
  const rows = await db.$queryRaw<{ section: string; cards: unknown }[]>`
    SELECT i."section", COUNT(*) AS "cards" FROM "Card" c JOIN "Item" i ON i."id" = c."itemId"
    WHERE c."deckId" = ${deck.id} AND c."retiredAt" IS NULL AND i."retiredAt" IS NULL
    GROUP BY i."section"`;
  const counts = new Map(rows.map((row) => [row.section, rawNumber(row.cards)]));
  const known = new Set(sections.map((s) => s.id));
  const all = [
    ...sections,
    ...[...counts.keys()]
      .filter((id) => !known.has(id))
      .sort()
      .map((id) => ({ id, title: id })),
  ];
  return {
    deck: { slug: deck.slug, title: deck.title },
    sections: all.map((s) => ({ ...s, cards: counts.get(s.id) ?? 0 })),
  };
}
