import "server-only";
// Reads a scope's reviews in pages and builds the optimizer's items card by card, giving the event
// loop back between pages and between groups of cards: a learner with 100,000 reviews must not hold
// up everyone else's requests while their fit is prepared.
import { Prisma } from "@/generated/prisma/client";
import {
  learningDayCounter,
  sortTrainingItems,
  trainingItemsForCard,
  type DayBoundary,
  type FsrsTrainingItem,
  type FsrsTrainingSet,
  type LoggedRating,
} from "@/lib/core/optimizer/fsrs-training-items";
import type { CardStateName } from "@/lib/core/scheduler/memory-state";
import { db } from "../db";
import { rawDate, rawNumber } from "../db/raw-values";
import { timestampValue } from "../db/sql-dialect";
import { scopeCondition, TRAINED_LOG, type FitScope } from "./fit-scope";

const PAGE = 2000;
const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

type Row = { id: string; cardId: string; rating: unknown; reviewedAt: unknown; previousState: string; kind: string };

async function readPage(
  scope: FitScope,
  after: { cardId: string; reviewedAt: Date; id: string } | null,
  size: number,
): Promise<Row[]> {
  // Keyset paging along the (userId, cardId, reviewedAt) index; ties on time broken by id.
  const from = after
    ? Prisma.sql`AND (l."cardId", l."reviewedAt", l."id") > (${after.cardId}, ${timestampValue(after.reviewedAt)}, ${after.id})`
    : Prisma.empty;
  return db.$queryRaw<Row[]>`
    SELECT l."id", l."cardId", l."rating", l."reviewedAt", l."previousState", l."kind"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE ${scopeCondition(scope)} AND ${TRAINED_LOG} ${from}
    ORDER BY l."cardId", l."reviewedAt", l."id"
    LIMIT ${size}`;
}

function toLogged(row: Row): LoggedRating {
  return {
    cardId: row.cardId,
    rating: rawNumber(row.rating),
    reviewedAt: rawDate(row.reviewedAt)!,
    previousState: row.previousState as CardStateName,
    kind: row.kind,
    undone: false,
  };
}

/** The scope's training items (in the order of their last rating) and how many reviews made them. */
export async function readTrainingSet(
  scope: FitScope,
  boundary: DayBoundary,
  pageSize = PAGE,
): Promise<FsrsTrainingSet> {
  const dayOf = learningDayCounter(boundary);
  const items: FsrsTrainingItem[] = [];
  let reviewCount = 0;
  let card: LoggedRating[] = [];
  const finishCard = () => {
    const built = trainingItemsForCard(card, dayOf);
    for (const item of built.items) items.push(item);
    reviewCount += built.reviewCount;
    card = [];
  };
  let after: { cardId: string; reviewedAt: Date; id: string } | null = null;
  for (;;) {
    const rows = await readPage(scope, after, pageSize);
    for (const row of rows) {
      const log = toLogged(row);
      if (card.length > 0 && card[0].cardId !== log.cardId) finishCard();
      card.push(log);
    }
    if (rows.length < pageSize) break;
    const last = rows[rows.length - 1];
    after = { cardId: last.cardId, reviewedAt: rawDate(last.reviewedAt)!, id: last.id };
    await yieldToOthers();
  }
  if (card.length > 0) finishCard();
  return { items: sortTrainingItems(items), reviewCount };
}

/** How many reviews a fit of the scope would learn from at most (the automatic re-fit counts these). */
export async function countTrainedReviews(scope: FitScope): Promise<number> {
  const [row] = await db.$queryRaw<{ count: unknown }[]>`
    SELECT COUNT(*) AS "count" FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId" WHERE ${scopeCondition(scope)} AND ${TRAINED_LOG}`;
  return rawNumber(row?.count ?? 0);
}
