import "server-only";
// The three reads behind a learner's queue over the whole deck (the offline pack plans several days
// from them), in plain parameterised SQL run by readRows (db/read-rows.ts): for a learner with
// 10,000 cards Prisma's model calls took ~150 ms here (bench/review-bench.ts); today's queue alone
// reads far fewer rows (queue-candidate-statements.ts).
import { readRows } from "../db/read-rows";
import { rawBoolean as bool, rawDate as date, rawNumber as num } from "../db/raw-values";

export type QueueCardRow = { id: string; itemId: string; position: number };
export type QueueStateRow = {
  cardId: string;
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: string;
  lastReview: Date | null;
  suspended: boolean;
  buriedUntil: string | null;
  priorityDay: string | null;
  leech: boolean;
};

/** A CardState row's columns as every queue read selects them (`s` is CardState). */
export const STATE_COLUMNS = `s."cardId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps",
  s."lapses", s."state", s."lastReview", s."suspended", s."buriedUntil", s."priorityDay", s."leech"`;

export async function readQueueCards(deckId: string): Promise<QueueCardRow[]> {
  const rows = await readRows<{ id: string; itemId: string; position: unknown }>({
    sql: 'SELECT "id", "itemId", "position" FROM "Card" WHERE "deckId" = ? AND "retiredAt" IS NULL',
    params: [deckId],
  });
  return rows.map((r) => ({ id: r.id, itemId: r.itemId, position: num(r.position) }));
}

export async function readQueueStates(userId: string, deckId: string): Promise<QueueStateRow[]> {
  const rows = await readRows({
    sql: `SELECT ${STATE_COLUMNS} FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId" WHERE s."userId" = ? AND c."deckId" = ?`,
    params: [userId, deckId],
  });
  return rows.map(stateFromRaw);
}

/** A CardState row as the driver hands it over (see raw-values.ts) in the app's types. */
export function stateFromRaw(r: Record<string, unknown>): QueueStateRow {
  return {
    cardId: r.cardId as string,
    due: date(r.due)!,
    stability: num(r.stability),
    difficulty: num(r.difficulty),
    elapsedDays: num(r.elapsedDays),
    scheduledDays: num(r.scheduledDays),
    learningSteps: num(r.learningSteps),
    reps: num(r.reps),
    lapses: num(r.lapses),
    state: r.state as string,
    lastReview: date(r.lastReview),
    suspended: bool(r.suspended),
    buriedUntil: (r.buriedUntil as string | null) ?? null,
    priorityDay: (r.priorityDay as string | null) ?? null,
    leech: bool(r.leech),
  };
}

/** Today's live reviews in the deck: what state each card was in and which item it belongs to. */
export async function readTodaysReviews(
  userId: string,
  deckId: string,
  dayStart: Date,
): Promise<{ previousState: string; itemId: string }[]> {
  return readRows<{ previousState: string; itemId: string }>({
    sql: `SELECT l."previousState", c."itemId" FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
      WHERE l."userId" = ? AND l."reviewedAt" >= ? AND l."undoneAt" IS NULL AND l."kind" = 'review' AND c."deckId" = ?`,
    params: [userId, dayStart, deckId],
  });
}
