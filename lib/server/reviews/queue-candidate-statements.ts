import "server-only";
// The rows today's queue can be built from without reading the whole deck (issue 16): every
// learning step due today and every "review my misses" card (both unlimited), and the first
// candidates, in queue order, for the day's review and new-card limits. load-queue.ts asks for more
// when the page it got did not fill a limit. Availability (suspended, buried) is filtered here too,
// so a page is not used up by cards the queue would skip anyway; buildReviewQueue checks it again.
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { rawNumber as num } from "../db/raw-values";
import { stateFromRaw, type QueueCardRow, type QueueStateRow } from "./queue-statements";

export type QueueRows = { cards: QueueCardRow[]; states: QueueStateRow[] };
/** `complete`: every candidate there is; otherwise at least the first `limit` in queue order, with all ties of the last. */
export type CandidatePage = QueueRows & { complete: boolean };
export type LearningDayBounds = { today: string; dayEnd: Date };

const STATE_COLUMNS = Prisma.sql`s."cardId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses",
  s."state", s."lastReview", s."suspended", s."buriedUntil", s."priorityDay", s."leech"`;
const available = (today: string) => Prisma.sql`s."suspended" = ${false} AND (s."buriedUntil" IS NULL OR s."buriedUntil" < ${today})`;

function toRows(raw: Record<string, unknown>[]): QueueRows {
  return {
    cards: raw.map((r) => ({ id: r.id as string, itemId: r.itemId as string, position: num(r.position) })),
    states: raw.filter((r) => r.cardId !== null).map(stateFromRaw),
  };
}

/** Learning and relearning cards due before the day ends, and new cards asked for today. */
export async function readLearningAndPriority(userId: string, deckId: string, { today, dayEnd }: LearningDayBounds): Promise<QueueRows> {
  const from = Prisma.sql`FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"`;
  const inDeck = Prisma.sql`c."deckId" = ${deckId} AND c."retiredAt" IS NULL AND ${available(today)}`;
  return toRows(await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS} ${from}
    WHERE s."userId" = ${userId} AND s."state" IN ('learning', 'relearning') AND s."due" < ${dayEnd} AND ${inDeck}
    UNION ALL
    SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS} ${from}
    WHERE s."userId" = ${userId} AND s."state" = 'new' AND s."priorityDay" = ${today} AND ${inDeck}`);
}

/**
 * Reads `limit` + 1 rows in queue order; the extra row tells whether more exist and whether the
 * cut falls inside a run of rows with equal sort keys. The database orders ties by id bytewise,
 * buildReviewQueue by localeCompare, so such a run is read whole (rarely: keys are due times and
 * deck positions) and the page stays a prefix in either order.
 */
async function readPage(limit: number, read: (limit: number) => Promise<Record<string, unknown>[]>, keyOf: (row: Record<string, unknown>) => string, readTies: (row: Record<string, unknown>) => Promise<Record<string, unknown>[]>): Promise<CandidatePage> {
  const raw = await read(limit + 1);
  if (raw.length <= limit) return { ...toRows(raw), complete: true };
  const page = raw.slice(0, limit);
  const last = page[page.length - 1];
  if (keyOf(raw[limit]) !== keyOf(last)) return { ...toRows(page), complete: false };
  const seen = new Set(page.map((r) => r.id));
  return { ...toRows([...page, ...(await readTies(last)).filter((r) => !seen.has(r.id))]), complete: false };
}

/** Review cards due before the day ends, earliest first. */
export async function readDueReviews(userId: string, deckId: string, { today, dayEnd }: LearningDayBounds, limit: number): Promise<CandidatePage> {
  const select = (extra: Prisma.Sql, tail: Prisma.Sql) => db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS} FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
    WHERE s."userId" = ${userId} AND s."state" = 'review' AND s."due" < ${dayEnd} AND ${available(today)}
      AND c."deckId" = ${deckId} AND c."retiredAt" IS NULL ${extra}
    ORDER BY s."due", c."position", c."id" ${tail}`;
  return readPage(
    limit,
    (n) => select(Prisma.empty, Prisma.sql`LIMIT ${n}`),
    (r) => `${new Date(r.due as string | Date).getTime()}|${num(r.position)}`,
    (r) => select(Prisma.sql`AND s."due" = ${new Date(r.due as string | Date)} AND c."position" = ${num(r.position)}`, Prisma.empty),
  );
}

/** Cards the learner has never answered, in deck order (with their state row when one exists). */
export async function readNewCards(userId: string, deckId: string, { today }: LearningDayBounds, limit: number): Promise<CandidatePage> {
  const select = (extra: Prisma.Sql, tail: Prisma.Sql) => db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS}
    FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    WHERE c."deckId" = ${deckId} AND c."retiredAt" IS NULL AND (s."id" IS NULL OR (s."state" = 'new' AND ${available(today)})) ${extra}
    ORDER BY c."position", c."id" ${tail}`;
  return readPage(
    limit,
    (n) => select(Prisma.empty, Prisma.sql`LIMIT ${n}`),
    (r) => String(num(r.position)),
    (r) => select(Prisma.sql`AND c."position" = ${num(r.position)}`, Prisma.empty),
  );
}
