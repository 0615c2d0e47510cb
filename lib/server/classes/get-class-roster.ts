import "server-only";
// The instructor's view of a class. Activity counts only the class's own decks: what a learner
// studies elsewhere is not the instructor's business. Three queries whatever the class size.
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { rawDate, rawNumber } from "../db/raw-values";
import { findManagedClass } from "./find-managed-class";

const WEEK_MS = 7 * 86_400_000;

export type RosterMember = {
  userId: string;
  email: string;
  name: string | null;
  joinedAt: Date;
  reviewsLast7Days: number;
  lastReviewedAt: Date | null;
  dueNow: number;
};

/** Members with their review activity on the class's decks; owner or admin only, else NOT_FOUND. */
export async function getClassRoster(actor: Actor | null, classId: string, now = new Date()): Promise<RosterMember[]> {
  const found = await findManagedClass(actor, classId);
  const members = await db.classMember.findMany({
    where: { classId: found.id },
    orderBy: { joinedAt: "asc" },
    select: { joinedAt: true, user: { select: { id: true, email: true, name: true } } },
  });
  if (members.length === 0) return [];
  const since = new Date(now.getTime() - WEEK_MS);
  // Undone ratings are kept in the log but no longer count as reviews.
  const activity = await db.$queryRaw<{ userId: string; recent: unknown; lastReviewedAt: unknown }[]>`
    SELECT l."userId", SUM(CASE WHEN l."reviewedAt" >= ${since} THEN 1 ELSE 0 END) AS "recent", MAX(l."reviewedAt") AS "lastReviewedAt"
    FROM "ReviewLog" l
    JOIN "ClassMember" m ON m."userId" = l."userId" AND m."classId" = ${found.id}
    JOIN "Card" c ON c."id" = l."cardId"
    JOIN "ClassDeck" cd ON cd."deckId" = c."deckId" AND cd."classId" = ${found.id}
    WHERE l."undoneAt" IS NULL
    GROUP BY l."userId"`;
  // Cards waiting for a review; never-studied cards (a "new" row left by undo or a flag) are not a backlog.
  const due = await db.$queryRaw<{ userId: string; due: unknown }[]>`
    SELECT s."userId", COUNT(*) AS "due"
    FROM "CardState" s
    JOIN "ClassMember" m ON m."userId" = s."userId" AND m."classId" = ${found.id}
    JOIN "Card" c ON c."id" = s."cardId"
    JOIN "ClassDeck" cd ON cd."deckId" = c."deckId" AND cd."classId" = ${found.id}
    WHERE s."due" <= ${now} AND s."state" <> 'new' AND s."suspended" = ${false} AND c."retiredAt" IS NULL
    GROUP BY s."userId"`;
  const activityOf = new Map(activity.map((row) => [row.userId, row]));
  const dueOf = new Map(due.map((row) => [row.userId, rawNumber(row.due)]));
  return members.map(({ joinedAt, user }) => {
    const row = activityOf.get(user.id);
    return {
      userId: user.id,
      email: user.email,
      name: user.name,
      joinedAt,
      reviewsLast7Days: row ? rawNumber(row.recent) : 0,
      lastReviewedAt: row ? rawDate(row.lastReviewedAt) : null,
      dueNow: dueOf.get(user.id) ?? 0,
    };
  });
}
