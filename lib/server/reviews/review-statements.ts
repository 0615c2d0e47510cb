import "server-only";
// The review write path in plain parameterised SQL. A review is the one write learners make many
// times a minute, and through Prisma's query engine each statement cost ~0.6 ms of CPU against
// ~0.2 ms here (bench/review-bench.ts). Standard SQL only: quoted identifiers as Prisma names
// them, INSERT … ON CONFLICT, and Date/JSON values bound as parameters, so PostgreSQL runs it too.
import crypto from "node:crypto";
import type { MemoryState } from "@/lib/core/scheduler/memory-state";
import type { Database } from "../db/create-database-client";
import { memoryToJson } from "./memory-state-row";
import { rawBoolean as bool, rawJson as json, rawNumber as num } from "../db/raw-values";

// Reads run on the client; the writes run in the caller's transaction and report how many rows they
// changed, which is how the database (not this process) decides who wins a race.
type Tx = Pick<Database, "$queryRaw" | "$executeRaw">;

export type ReviewContextRow = {
  kind: string; retiredAt: Date | null; deckId: string; isPublished: boolean | number; ownerId: string | null; visibility: string;
  type: string; answer: unknown;
  stateId: string | null; due: Date | null; stability: number | null; difficulty: number | null; elapsedDays: number | null;
  scheduledDays: number | null; learningSteps: number | null; reps: number | null; lapses: number | null; state: string | null;
  lastReview: Date | null; suspended: boolean | number | null; leech: boolean | number | null;
  timeZone: string; rolloverHour: number; desiredRetention: number; deckRetention: number | null;
};


export async function findLoggedReview(tx: Tx, reviewId: string) {
  const [row] = await tx.$queryRaw<{ userId: string; payloadHash: string; verdict: string | null; stateAfter: unknown }[]>`
    SELECT "userId", "payloadHash", "verdict", "stateAfter" FROM "ReviewLog" WHERE "id" = ${reviewId}`;
  return row ? { ...row, stateAfter: json(row.stateAfter) as { reps: number; due: string; state: string } } : null;
}

/** Everything a rating needs in one read: the card, its deck and item, the learner's state and settings. */
export async function readReviewContext(tx: Tx, userId: string, cardId: string) {
  const [row] = await tx.$queryRaw<ReviewContextRow[]>`
    SELECT c."kind", c."retiredAt", c."deckId", d."isPublished", d."ownerId", d."visibility", i."type", i."answer",
           s."id" AS "stateId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps",
           s."reps", s."lapses", s."state", s."lastReview", s."suspended", s."leech",
           u."timeZone", u."rolloverHour", u."desiredRetention", ds."desiredRetention" AS "deckRetention"
    FROM "Card" c
    JOIN "Deck" d ON d."id" = c."deckId"
    JOIN "Item" i ON i."id" = c."itemId"
    JOIN "User" u ON u."id" = ${userId}
    LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ${userId}
    LEFT JOIN "UserDeckSetting" ds ON ds."deckId" = c."deckId" AND ds."userId" = ${userId}
    WHERE c."id" = ${cardId}`;
  if (!row) return null;
  const state = row.stateId
    ? {
        due: new Date(row.due!), stability: num(row.stability), difficulty: num(row.difficulty), elapsedDays: num(row.elapsedDays),
        scheduledDays: num(row.scheduledDays), learningSteps: num(row.learningSteps), reps: num(row.reps), lapses: num(row.lapses),
        state: row.state!, lastReview: row.lastReview ? new Date(row.lastReview) : null, suspended: bool(row.suspended), leech: bool(row.leech),
      }
    : null;
  return {
    card: { kind: row.kind, retired: row.retiredAt !== null, deckId: row.deckId },
    deck: { id: row.deckId, isPublished: bool(row.isPublished), ownerId: row.ownerId, visibility: row.visibility },
    item: { type: row.type, answer: json(row.answer) },
    state,
    settings: { timeZone: row.timeZone, rolloverHour: num(row.rolloverHour), desiredRetention: num(row.deckRetention ?? row.desiredRetention) },
  };
}

/**
 * The card's state moves on only from the state the rating was made against (compare-and-set on
 * reps): 0 rows means someone else's rating got there first, whichever process it came through.
 */
export function advanceCardState(tx: Tx, userId: string, cardId: string, expectedReps: number, s: MemoryState, flags: { leech?: boolean; suspended?: boolean }, now: Date) {
  const { leech, suspended } = flags;
  return tx.$executeRaw`
    UPDATE "CardState" SET
      "due" = ${s.due}, "stability" = ${s.stability}, "difficulty" = ${s.difficulty}, "elapsedDays" = ${s.elapsedDays},
      "scheduledDays" = ${s.scheduledDays}, "learningSteps" = ${s.learningSteps}, "reps" = ${s.reps}, "lapses" = ${s.lapses},
      "state" = ${s.state}, "lastReview" = ${s.lastReview},
      "suspended" = CASE WHEN ${suspended === true} THEN ${true} ELSE "suspended" END,
      "leech" = CASE WHEN ${leech === true} THEN ${true} ELSE "leech" END,
      "updatedAt" = ${now}
    WHERE "userId" = ${userId} AND "cardId" = ${cardId} AND "reps" = ${expectedReps}`;
}

/** A card's first state; 0 rows when another rating (or a bury) created it meanwhile. */
export function insertFirstCardState(tx: Tx, userId: string, cardId: string, s: MemoryState, flags: { leech?: boolean; suspended?: boolean }, now: Date) {
  return tx.$executeRaw`
    INSERT INTO "CardState" ("id", "userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
                             "reps", "lapses", "state", "lastReview", "suspended", "leech", "updatedAt")
    VALUES (${crypto.randomUUID()}, ${userId}, ${cardId}, ${s.due}, ${s.stability}, ${s.difficulty}, ${s.elapsedDays}, ${s.scheduledDays},
            ${s.learningSteps}, ${s.reps}, ${s.lapses}, ${s.state}, ${s.lastReview}, ${flags.suspended ?? false}, ${flags.leech ?? false}, ${now})
    ON CONFLICT ("userId", "cardId") DO NOTHING`;
}

export type NewReviewLog = {
  id: string; userId: string; cardId: string; rating: number; previousState: string; verdict: string | null; score: number | null;
  answer: string | null; stateBefore: MemoryState; leechBefore: boolean; stateAfter: MemoryState; reviewedAt: Date; durationMs: number; payloadHash: string;
};

/** Idempotent on the review id in SQL: 0 rows means that id is already logged (a retry, or a clash). */
export function insertReviewLog(tx: Tx, log: NewReviewLog, now: Date) {
  const before = JSON.stringify({ ...memoryToJson(log.stateBefore), leech: log.leechBefore });
  const after = JSON.stringify(memoryToJson(log.stateAfter));
  return tx.$executeRaw`
    INSERT INTO "ReviewLog" ("id", "userId", "cardId", "kind", "rating", "previousState", "verdict", "score", "answer",
                             "stateBefore", "stateAfter", "reviewedAt", "durationMs", "payloadHash", "createdAt")
    VALUES (${log.id}, ${log.userId}, ${log.cardId}, 'review', ${log.rating}, ${log.previousState}, ${log.verdict}, ${log.score}, ${log.answer},
            ${before}, ${after}, ${log.reviewedAt}, ${log.durationMs}, ${log.payloadHash}, ${now})
    ON CONFLICT ("id") DO NOTHING`;
}
