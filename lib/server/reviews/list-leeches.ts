import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { renderMarkdown } from "../content/render-markdown";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";

/** The learner's leeches: suspended automatically after 8 lapses, listed so they can be fixed. */
export async function listLeeches(actor: Actor | null) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const rows = await db.cardState.findMany({
    where: { userId: actor.id, leech: true },
    select: {
      cardId: true,
      lapses: true,
      suspended: true,
      card: {
        select: {
          kind: true,
          ordinal: true,
          deck: { select: { title: true } },
          item: { select: { type: true, body: true, answer: true } },
        },
      },
    },
    orderBy: { lapses: "desc" },
  });
  return rows.map((row) => ({
    cardId: row.cardId,
    lapses: row.lapses,
    suspended: row.suspended,
    deckTitle: row.card.deck.title,
    promptHtml: renderMarkdown(
      cardSides(row.card.kind as CardKind, row.card.ordinal, decodeItemParts(row.card.item)).prompt,
    ),
  }));
}
