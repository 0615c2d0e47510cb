import "server-only";
// The reads behind a deck's analytics: a few GROUP BY queries instead of a row per review, because
// every database call waits in the one queue (db.ts) and a busy deck has many thousands of reviews.
// Undone reviews (undoneAt set) never count. date() gives the UTC day of an ISO timestamp in
// SQLite and of a timestamp column in PostgreSQL.
import { db } from "../db";
import { rawDate, rawNumber } from "../db/raw-values";

export type DeckSummaryRow = {
  learnersTotal: number;
  learnersRecent: number;
  retentionReviews: number;
  retentionPassed: number;
};
export type ItemRatingRow = { itemId: string; verdict: string | null; rating: number; count: number };
export type RecallStateRow = {
  itemId: string;
  stability: number;
  difficulty: number;
  due: Date;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: string;
  lastReview: Date;
};
export type QuizRow = { itemId: string; answers: number; misses: number };

/** Learners ever and since `learnersSince`; retention = share of Review-state reviews since `retentionSince` not rated Again. */
export async function readDeckSummary(
  deckId: string,
  learnersSince: Date,
  retentionSince: Date,
  now: Date,
): Promise<DeckSummaryRow> {
  const [row] = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT COUNT(DISTINCT l."userId") AS "learnersTotal",
           COUNT(DISTINCT CASE WHEN l."reviewedAt" >= ${learnersSince} THEN l."userId" END) AS "learnersRecent",
           COALESCE(SUM(CASE WHEN l."kind" = 'review' AND l."previousState" = 'review' AND l."reviewedAt" >= ${retentionSince} THEN 1 ELSE 0 END), 0) AS "retentionReviews",
           COALESCE(SUM(CASE WHEN l."kind" = 'review' AND l."previousState" = 'review' AND l."reviewedAt" >= ${retentionSince} AND l."rating" > 1 THEN 1 ELSE 0 END), 0) AS "retentionPassed"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE c."deckId" = ${deckId} AND l."undoneAt" IS NULL AND l."reviewedAt" <= ${now}`;
  return {
    learnersTotal: rawNumber(row.learnersTotal),
    learnersRecent: rawNumber(row.learnersRecent),
    retentionReviews: rawNumber(row.retentionReviews),
    retentionPassed: rawNumber(row.retentionPassed),
  };
}

/** Reviews per UTC day ("YYYY-MM-DD") from `since` to `now`. */
export async function readReviewsPerDay(deckId: string, since: Date, now: Date): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ day: unknown; count: unknown }[]>`
    SELECT date(l."reviewedAt") AS "day", COUNT(*) AS "count"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE c."deckId" = ${deckId} AND l."undoneAt" IS NULL AND l."reviewedAt" >= ${since} AND l."reviewedAt" <= ${now}
    GROUP BY date(l."reviewedAt")`;
  const dayText = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v));
  return new Map(rows.map((r) => [dayText(r.day), rawNumber(r.count)]));
}

/** Review counts per item, grader verdict and final rating: enough to count Agains and grader overrides. */
export async function readItemRatings(deckId: string, now: Date): Promise<ItemRatingRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."itemId", l."verdict", l."rating", COUNT(*) AS "count"
    FROM "ReviewLog" l JOIN "Card" c ON c."id" = l."cardId"
    WHERE c."deckId" = ${deckId} AND l."undoneAt" IS NULL AND l."reviewedAt" <= ${now}
    GROUP BY c."itemId", l."verdict", l."rating"`;
  return rows.map((r) => ({
    itemId: r.itemId as string,
    verdict: (r.verdict as string | null) ?? null,
    rating: rawNumber(r.rating),
    count: rawNumber(r.count),
  }));
}

/** Every learner's studied card state in the deck, with the card's item. */
export async function readRecallStates(deckId: string): Promise<RecallStateRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."itemId", s."stability", s."difficulty", s."due", s."elapsedDays", s."scheduledDays", s."learningSteps", s."reps", s."lapses", s."state", s."lastReview"
    FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId"
    WHERE c."deckId" = ${deckId} AND s."lastReview" IS NOT NULL AND s."state" <> 'new'`;
  return rows.map((r) => ({
    itemId: r.itemId as string,
    stability: rawNumber(r.stability),
    difficulty: rawNumber(r.difficulty),
    due: rawDate(r.due)!,
    elapsedDays: rawNumber(r.elapsedDays),
    scheduledDays: rawNumber(r.scheduledDays),
    learningSteps: rawNumber(r.learningSteps),
    reps: rawNumber(r.reps),
    lapses: rawNumber(r.lapses),
    state: r.state as string,
    lastReview: rawDate(r.lastReview)!,
  }));
}

/** Quiz answers per item and how many were not judged correct. */
export async function readQuizAnswers(deckId: string): Promise<QuizRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT a."itemId", COUNT(*) AS "answers", COALESCE(SUM(CASE WHEN a."verdict" <> 'correct' THEN 1 ELSE 0 END), 0) AS "misses"
    FROM "QuizAnswer" a JOIN "Item" i ON i."id" = a."itemId"
    WHERE i."deckId" = ${deckId}
    GROUP BY a."itemId"`;
  return rows.map((r) => ({ itemId: r.itemId as string, answers: rawNumber(r.answers), misses: rawNumber(r.misses) }));
}
