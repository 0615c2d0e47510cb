import "server-only";
// The reads behind a learner's dashboard: each groups in the database, because every call waits in
// the one queue (db.ts) and a year of reviews is tens of thousands of rows. Learning days are not
// UTC days (zone, rollover hour, DST), so the days' [start, end) instants are sent along as a
// VALUES table and joined on the indexed timestamp; the database then counts per learning day.
// CROSS JOIN makes SQLite walk the days first, one index range each: with bound values its planner
// otherwise took every row of the learner and compared it with every day (forecast, 8,000 cards:
// ~60 ms instead of a few).
import { Prisma } from "@/generated/prisma/client";
import type { DayRange } from "@/lib/core/stats/day-ranges";
import { MATURE_STABILITY_DAYS, masteryLevel, type MasteryCountRow } from "@/lib/core/stats/mastery";
import { db } from "../db";
import { rawNumber } from "../db/raw-values";
import { timestampValue } from "../db/sql-dialect";

export type StudiedDeckRow = {
  id: string;
  slug: string;
  title: string;
  sections: unknown;
  isPublished: boolean;
  ownerId: string | null;
  visibility: string;
};
export type ReviewDayRow = { day: string; reviews: number; recallTotal: number; recallPassed: number };

const rangeTable = (ranges: readonly DayRange[]) =>
  Prisma.join(ranges.map((r) => Prisma.sql`(${r.day}, ${timestampValue(r.start)}, ${timestampValue(r.end)})`));

/** Built-in decks, decks with any of the learner's card states, and their classes' decks. */
export async function readStudiedDecks(userId: string): Promise<StudiedDeckRow[]> {
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT d."id", d."slug", d."title", d."sections", d."isPublished", d."ownerId", d."visibility" FROM "Deck" d
    WHERE d."origin" = 'content'
       OR d."id" IN (SELECT DISTINCT c."deckId" FROM "CardState" s JOIN "Card" c ON c."id" = s."cardId" WHERE s."userId" = ${userId})
       OR d."id" IN (SELECT cd."deckId" FROM "ClassDeck" cd JOIN "ClassMember" m ON m."classId" = cd."classId" WHERE m."userId" = ${userId})
    ORDER BY d."title"`;
  return rows.map((r) => ({
    id: r.id as string,
    slug: r.slug as string,
    title: r.title as string,
    sections: typeof r.sections === "string" ? JSON.parse(r.sections) : r.sections,
    isPublished: r.isPublished === true || rawNumber(r.isPublished) === 1,
    ownerId: (r.ownerId as string | null) ?? null,
    visibility: String(r.visibility),
  }));
}

/**
 * Live (not undone) reviews per learning day; recall* count only scheduled reviews of learned
 * cards (kind review, previous state review) and those not rated Again, for true retention.
 * Every kind counts as activity for the heatmap and streak.
 */
export async function readReviewDays(userId: string, ranges: readonly DayRange[]): Promise<ReviewDayRow[]> {
  if (ranges.length === 0) return [];
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    WITH d("day", "start", "end") AS (VALUES ${rangeTable(ranges)})
    SELECT d."day", COUNT(*) AS "reviews",
           COALESCE(SUM(CASE WHEN l."kind" = 'review' AND l."previousState" = 'review' THEN 1 ELSE 0 END), 0) AS "recallTotal",
           COALESCE(SUM(CASE WHEN l."kind" = 'review' AND l."previousState" = 'review' AND l."rating" > 1 THEN 1 ELSE 0 END), 0) AS "recallPassed"
    FROM d CROSS JOIN "ReviewLog" l
    WHERE l."userId" = ${userId} AND l."reviewedAt" >= d."start" AND l."reviewedAt" < d."end" AND l."undoneAt" IS NULL
    GROUP BY d."day"`;
  return rows.map((r) => ({
    day: r.day as string,
    reviews: rawNumber(r.reviews),
    recallTotal: rawNumber(r.recallTotal),
    recallPassed: rawNumber(r.recallPassed),
  }));
}

/** Cards that will be due per learning day in `ranges`: answered at least once, not suspended, live, in `deckIds`. */
export async function readDueForecast(
  userId: string,
  deckIds: readonly string[],
  ranges: readonly DayRange[],
): Promise<Map<string, number>> {
  if (ranges.length === 0 || deckIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ day: string; count: unknown }[]>`
    WITH d("day", "start", "end") AS (VALUES ${rangeTable(ranges)})
    SELECT d."day", COUNT(*) AS "count"
    FROM d CROSS JOIN "CardState" s JOIN "Card" c ON c."id" = s."cardId"
    WHERE s."userId" = ${userId} AND s."due" >= d."start" AND s."due" < d."end" AND s."state" <> 'new' AND s."suspended" = false AND c."retiredAt" IS NULL AND c."deckId" IN (${Prisma.join(deckIds)})
    GROUP BY d."day"`;
  return new Map(rows.map((r) => [r.day, rawNumber(r.count)]));
}

/**
 * Live cards per deck, section and mastery level. The database only splits each state at the
 * mature threshold; masteryLevel (lib/core) names the level from the group's smallest stability.
 */
export async function readMasteryCounts(
  userId: string,
  deckIds: readonly string[],
): Promise<Map<string, MasteryCountRow[]>> {
  if (deckIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT c."deckId", i."section", s."state", MIN(s."stability") AS "stability", COUNT(*) AS "count"
    FROM "Card" c JOIN "Item" i ON i."id" = c."itemId"
    LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    WHERE c."deckId" IN (${Prisma.join(deckIds)}) AND c."retiredAt" IS NULL
    GROUP BY c."deckId", i."section", s."state", s."stability" >= ${MATURE_STABILITY_DAYS}`;
  const byDeck = new Map<string, MasteryCountRow[]>();
  for (const r of rows) {
    const state = (r.state as string | null) ?? null;
    const list = byDeck.get(r.deckId as string) ?? [];
    list.push({
      section: r.section as string,
      level: masteryLevel(state, rawNumber(r.stability ?? 0)),
      count: rawNumber(r.count),
    });
    byDeck.set(r.deckId as string, list);
  }
  return byDeck;
}
