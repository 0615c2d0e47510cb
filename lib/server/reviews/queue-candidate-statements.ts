import "server-only";
// The rows today's queue can be built from without reading the whole deck (issue 16): every
// learning step due today and every "review my misses" card (both unlimited), and the first
// candidates, in queue order, for the day's review and new-card limits. load-queue.ts asks for more
// when the page it got did not fill a limit. Availability (suspended, buried) is filtered here too,
// so a page is not used up by cards the queue would skip anyway; buildReviewQueue checks it again.
import { readRows } from "../db/read-rows";
import { rawNumber as num } from "../db/raw-values";
import type { SqlValue } from "../db/statement";
import { STATE_COLUMNS, stateFromRaw, type QueueCardRow, type QueueStateRow } from "./queue-statements";

export type QueueRows = { cards: QueueCardRow[]; states: QueueStateRow[] };
/** `complete`: every candidate there is; otherwise at least the first `limit` in queue order, with all ties of the last. */
export type CandidatePage = QueueRows & { complete: boolean };
export type LearningDayBounds = { today: string; dayEnd: Date };
type Row = Record<string, unknown>;

// Not suspended, not buried past today; its parameters come from available(today).
const AVAILABLE = `s."suspended" = ? AND (s."buriedUntil" IS NULL OR s."buriedUntil" < ?)`;
const available = (today: string): SqlValue[] => [false, today];

function toRows(raw: Row[]): QueueRows {
  return {
    cards: raw.map((r) => ({ id: r.id as string, itemId: r.itemId as string, position: num(r.position) })),
    states: raw.filter((r) => r.cardId !== null).map(stateFromRaw),
  };
}

const LEARNING_AND_PRIORITY = `
  SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS} FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
  WHERE s."userId" = ? AND s."state" IN ('learning', 'relearning') AND s."due" < ? AND c."deckId" = ? AND c."retiredAt" IS NULL AND ${AVAILABLE}
  UNION ALL
  SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS} FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
  WHERE s."userId" = ? AND s."state" = 'new' AND s."priorityDay" = ? AND c."deckId" = ? AND c."retiredAt" IS NULL AND ${AVAILABLE}`;

/** Learning and relearning cards due before the day ends, and new cards asked for today. */
export async function readLearningAndPriority(
  userId: string,
  deckId: string,
  { today, dayEnd }: LearningDayBounds,
): Promise<QueueRows> {
  return toRows(
    await readRows({
      sql: LEARNING_AND_PRIORITY,
      params: [userId, dayEnd, deckId, ...available(today), userId, today, deckId, ...available(today)],
    }),
  );
}

/**
 * Reads `limit` + 1 rows in queue order; the extra row tells whether more exist and whether the
 * cut falls inside a run of rows with equal sort keys. The database orders ties by id bytewise,
 * buildReviewQueue by localeCompare, so such a run is read whole (rarely: keys are due times and
 * deck positions) and the page stays a prefix in either order.
 */
async function readPage(
  limit: number,
  read: (limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => string,
  readTies: (row: Row) => Promise<Row[]>,
): Promise<CandidatePage> {
  const raw = await read(limit + 1);
  if (raw.length <= limit) return { ...toRows(raw), complete: true };
  const page = raw.slice(0, limit);
  const last = page[page.length - 1];
  if (keyOf(raw[limit]) !== keyOf(last)) return { ...toRows(page), complete: false };
  const seen = new Set(page.map((r) => r.id));
  return { ...toRows([...page, ...(await readTies(last)).filter((r) => !seen.has(r.id))]), complete: false };
}

const DUE_REVIEWS = `
  SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS} FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
  WHERE s."userId" = ? AND s."state" = 'review' AND s."due" < ? AND ${AVAILABLE} AND c."deckId" = ? AND c."retiredAt" IS NULL`;
const DUE_ORDER = `ORDER BY s."due", c."position", c."id"`;

/** Review cards due before the day ends, earliest first. */
export async function readDueReviews(
  userId: string,
  deckId: string,
  { today, dayEnd }: LearningDayBounds,
  limit: number,
): Promise<CandidatePage> {
  const params = [userId, dayEnd, ...available(today), deckId];
  const dueOf = (r: Row) => new Date(r.due as string | Date);
  return readPage(
    limit,
    (n) => readRows({ sql: `${DUE_REVIEWS} ${DUE_ORDER} LIMIT ?`, params: [...params, n] }),
    (r) => `${dueOf(r).getTime()}|${num(r.position)}`,
    (r) =>
      readRows({
        sql: `${DUE_REVIEWS} AND s."due" = ? AND c."position" = ? ${DUE_ORDER}`,
        params: [...params, dueOf(r), num(r.position)],
      }),
  );
}

const NEW_CARDS = `
  SELECT c."id", c."itemId", c."position", ${STATE_COLUMNS}
  FROM "Card" c LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ?
  WHERE c."deckId" = ? AND c."retiredAt" IS NULL AND (s."id" IS NULL OR (s."state" = 'new' AND ${AVAILABLE}))`;
const NEW_ORDER = `ORDER BY c."position", c."id"`;

/** Cards the learner has never answered, in deck order (with their state row when one exists). */
export async function readNewCards(
  userId: string,
  deckId: string,
  { today }: LearningDayBounds,
  limit: number,
): Promise<CandidatePage> {
  const params = [userId, deckId, ...available(today)];
  return readPage(
    limit,
    (n) => readRows({ sql: `${NEW_CARDS} ${NEW_ORDER} LIMIT ?`, params: [...params, n] }),
    (r) => String(num(r.position)),
    (r) => readRows({ sql: `${NEW_CARDS} AND c."position" = ? ${NEW_ORDER}`, params: [...params, num(r.position)] }),
  );
}
