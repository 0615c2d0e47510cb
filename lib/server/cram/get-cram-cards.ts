import "server-only";
import { cardSides, type AnswerInput, type CardKind } from "@/lib/core/review/card-sides";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { renderMarkdown } from "../content/render-markdown";
import { loadCramDeck } from "./list-cram-sections";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";

/** A card as cram mode sends it: the prompt side only; the answer comes from the reveal endpoint. */
export type CramCardView = { cardId: string; itemType: string; input: AnswerInput; promptHtml: string };
export type CramSessionView = {
  deck: { slug: string; title: string };
  section: { id: string; title: string };
  cards: CramCardView[];
};

/**
 * Every live card of one section of a deck the actor may study, in deck order, rendered like the
 * review screen's prompt. NOT_FOUND for a section with no live cards.
 */
export async function getCramCards(actor: Actor | null, deckSlug: string, sectionId: string): Promise<CramSessionView> {
  const { deck, sections } = await loadCramDeck(actor, deckSlug);
  const rows = await db.card.findMany({
    where: { deckId: deck.id, retiredAt: null, item: { section: sectionId, retiredAt: null } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, ordinal: true, item: { select: { type: true, body: true, answer: true } } },
  });
  if (rows.length === 0) throw new AppError("NOT_FOUND", { message: `no cards in section ${sectionId}` });
  const cards = rows.map((row) => {
    // The answer is read to build the sides (a reversed card asks with the back) but only the prompt leaves.
    const sides = cardSides(row.kind as CardKind, row.ordinal, decodeItemParts(row.item));
    return { cardId: row.id, itemType: row.item.type, input: sides.input, promptHtml: renderMarkdown(sides.prompt) };
  });
  const title = sections.find((s) => s.id === sectionId)?.title ?? sectionId;
  return { deck: { slug: deck.slug, title: deck.title }, section: { id: sectionId, title }, cards };
}
