import "server-only";
import { learningDayOf } from "@/lib/core/scheduler/learning-day";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { renderMarkdown } from "../content/render-markdown";
import { decodeItemParts } from "@/lib/core/content/decode-item-parts";

export const FLAGGED_FILTERS = ["all", "suspended", "buried", "leech"] as const;
export type FlaggedFilter = (typeof FLAGGED_FILTERS)[number];

/** Rows shown at most; the page says when more matched. */
export const FLAGGED_ROW_CAP = 200;
// The search runs over the Markdown of each prompt, so the rows are read before matching; a learner
// with more flagged cards than this in one deck searches among the first ones in deck order.
const SCAN_LIMIT = 5000;

export type FlaggedCard = {
  cardId: string;
  promptHtml: string;
  suspended: boolean;
  buried: boolean;
  leech: boolean;
  lapses: number;
};
export type FlaggedCards = { rows: FlaggedCard[]; matched: number };

/** Full-width and half-width forms, upper and lower case compare equal (ＰＯＤ finds pod). */
const fold = (text: string) => text.normalize("NFKC").toLocaleLowerCase();

/**
 * The card browser of study settings: the learner's own suspended, buried and leech cards of one
 * deck they may study, in deck order, optionally only one kind and only prompts containing `query`.
 */
export async function listFlaggedCards(
  actor: Actor | null,
  deckSlug: string,
  options: { filter: FlaggedFilter; query: string },
  now: Date,
): Promise<FlaggedCards> {
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const userId = actor!.id;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, rolloverHour: true },
  });
  const today = learningDayOf(now, user.timeZone, user.rolloverHour);
  const buried = { buriedUntil: { gte: today } };
  const kinds = {
    suspended: [{ suspended: true }],
    buried: [buried],
    leech: [{ leech: true }],
    all: [{ suspended: true }, buried, { leech: true }],
  }[options.filter];
  const states = await db.cardState.findMany({
    where: { userId, card: { deckId: deck.id, retiredAt: null }, OR: kinds },
    select: {
      cardId: true,
      suspended: true,
      buriedUntil: true,
      leech: true,
      lapses: true,
      card: { select: { kind: true, ordinal: true, item: { select: { type: true, body: true, answer: true } } } },
    },
    orderBy: { card: { position: "asc" } },
    take: SCAN_LIMIT,
  });
  const needle = fold(options.query.trim().slice(0, 200));
  const matching = states
    .map((row) => ({
      row,
      prompt: cardSides(row.card.kind as CardKind, row.card.ordinal, decodeItemParts(row.card.item)).prompt,
    }))
    .filter(({ prompt }) => needle === "" || fold(prompt).includes(needle));
  const rows = matching.slice(0, FLAGGED_ROW_CAP).map(({ row, prompt }) => ({
    cardId: row.cardId,
    promptHtml: renderMarkdown(prompt),
    suspended: row.suspended,
    buried: row.buriedUntil !== null && row.buriedUntil >= today,
    leech: row.leech,
    lapses: row.lapses,
  }));
  return { rows, matched: matching.length };
}

/** The filter named in a URL, or "all" for anything else. */
export function flaggedFilterOf(value: unknown): FlaggedFilter {
  if (typeof value !== "string") return "all";
  return (FLAGGED_FILTERS as readonly string[]).includes(value) ? (value as FlaggedFilter) : "all";
}
