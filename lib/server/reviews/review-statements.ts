import "server-only";
// The review write path as plain SQL texts with `?` parameters, one text for both databases:
// each database runs them as statements prepared once per connection (review-writer-sqlite.ts,
// review-writer-postgres.ts). Standard SQL only:
// quoted identifiers as Prisma names them, INSERT … ON CONFLICT, EXISTS; Dates and booleans are
// passed as values and each runner binds them the way its database stores them.
import crypto from "node:crypto";
import type { MemoryState } from "@/lib/core/scheduler/memory-state";
import { weightsInUse } from "@/lib/core/scheduler/fsrs-weights";
import type { Statement } from "../db/statement";
import { memoryToJson } from "./memory-state-row";
import { rawBoolean as bool, rawJson as json, rawNumber as num } from "../db/raw-values";

export type { SqlValue } from "../db/statement";
export type ReviewStatement = Statement;

export type LoggedReviewRow = { userId: string; payloadHash: string; verdict: string | null; stateAfter: unknown };

export type ReviewContextRow = {
  kind: string;
  retiredAt: unknown;
  deckId: string;
  isPublished: boolean | number;
  ownerId: string | null;
  visibility: string;
  type: string;
  answer: unknown;
  stateId: string | null;
  due: unknown;
  stability: number | null;
  difficulty: number | null;
  elapsedDays: number | null;
  scheduledDays: number | null;
  learningSteps: number | null;
  reps: number | null;
  lapses: number | null;
  state: string | null;
  lastReview: unknown;
  suspended: boolean | number | null;
  leech: boolean | number | null;
  timeZone: string;
  rolloverHour: number;
  desiredRetention: number;
  deckRetention: number | null;
  inClass: boolean | number | bigint;
  fsrsParams: string | null;
  deckParams: string | null;
};

export function findLoggedReview(reviewId: string): ReviewStatement {
  return {
    sql: 'SELECT "userId", "payloadHash", "verdict", "stateAfter" FROM "ReviewLog" WHERE "id" = ?',
    params: [reviewId],
  };
}

export function parseLoggedReview(row: LoggedReviewRow | undefined) {
  return row ? { ...row, stateAfter: json(row.stateAfter) as { reps: number; due: string; state: string } } : null;
}
export type LoggedReview = NonNullable<ReturnType<typeof parseLoggedReview>>;

const CONTEXT_SQL = `
  SELECT c."kind", c."retiredAt", c."deckId", d."isPublished", d."ownerId", d."visibility", i."type", i."answer",
         s."id" AS "stateId", s."due", s."stability", s."difficulty", s."elapsedDays", s."scheduledDays", s."learningSteps",
         s."reps", s."lapses", s."state", s."lastReview", s."suspended", s."leech",
         u."timeZone", u."rolloverHour", u."desiredRetention", ds."desiredRetention" AS "deckRetention",
         u."fsrsParams", ds."fsrsParams" AS "deckParams",
         EXISTS (SELECT 1 FROM "ClassDeck" cd JOIN "ClassMember" m ON m."classId" = cd."classId"
                 WHERE cd."deckId" = c."deckId" AND m."userId" = ?) AS "inClass"
  FROM "Card" c
  JOIN "Deck" d ON d."id" = c."deckId"
  JOIN "Item" i ON i."id" = c."itemId"
  JOIN "User" u ON u."id" = ?
  LEFT JOIN "CardState" s ON s."cardId" = c."id" AND s."userId" = ?
  LEFT JOIN "UserDeckSetting" ds ON ds."deckId" = c."deckId" AND ds."userId" = ?
  WHERE c."id" = ?`;

/** Everything a rating needs in one read: the card, its deck and item, the learner's state, settings and class access. */
export function readReviewContext(userId: string, cardId: string): ReviewStatement {
  return { sql: CONTEXT_SQL, params: [userId, userId, userId, userId, cardId] };
}

export function parseReviewContext(row: ReviewContextRow | undefined) {
  if (!row) return null;
  const state = row.stateId
    ? {
        due: new Date(row.due as string | Date),
        stability: num(row.stability),
        difficulty: num(row.difficulty),
        elapsedDays: num(row.elapsedDays),
        scheduledDays: num(row.scheduledDays),
        learningSteps: num(row.learningSteps),
        reps: num(row.reps),
        lapses: num(row.lapses),
        state: row.state!,
        lastReview: row.lastReview ? new Date(row.lastReview as string | Date) : null,
        suspended: bool(row.suspended),
        leech: bool(row.leech),
      }
    : null;
  return {
    card: { kind: row.kind, retired: row.retiredAt !== null, deckId: row.deckId },
    deck: { id: row.deckId, isPublished: bool(row.isPublished), ownerId: row.ownerId, visibility: row.visibility },
    inClass: bool(row.inClass),
    item: { type: row.type, answer: json(row.answer) },
    state,
    settings: {
      timeZone: row.timeZone,
      rolloverHour: num(row.rolloverHour),
      desiredRetention: num(row.deckRetention ?? row.desiredRetention),
      weights: weightsInUse({
        learner: row.fsrsParams,
        deck: row.deckParams,
        deckHasOwnRetention: row.deckRetention !== null,
      }),
    },
  };
}
export type ReviewContext = NonNullable<ReturnType<typeof parseReviewContext>>;

export type StateFlags = { leech?: boolean; suspended?: boolean };

/**
 * The card's state moves on only from the state the rating was made against (compare-and-set on
 * reps): 0 rows means someone else's rating got there first, whichever process it came through.
 */
export function advanceCardState(
  userId: string,
  cardId: string,
  expectedReps: number,
  s: MemoryState,
  flags: StateFlags,
  now: Date,
): ReviewStatement {
  return {
    sql: `
      UPDATE "CardState" SET
        "due" = ?, "stability" = ?, "difficulty" = ?, "elapsedDays" = ?, "scheduledDays" = ?, "learningSteps" = ?, "reps" = ?, "lapses" = ?,
        "state" = ?, "lastReview" = ?,
        "suspended" = CASE WHEN ? THEN ? ELSE "suspended" END,
        "leech" = CASE WHEN ? THEN ? ELSE "leech" END,
        "updatedAt" = ?
      WHERE "userId" = ? AND "cardId" = ? AND "reps" = ?`,
    params: [
      s.due,
      s.stability,
      s.difficulty,
      s.elapsedDays,
      s.scheduledDays,
      s.learningSteps,
      s.reps,
      s.lapses,
      s.state,
      s.lastReview,
      flags.suspended === true,
      true,
      flags.leech === true,
      true,
      now,
      userId,
      cardId,
      expectedReps,
    ],
  };
}

/** A card's first state; 0 rows when another rating (or a bury) created it meanwhile. */
export function insertFirstCardState(
  userId: string,
  cardId: string,
  s: MemoryState,
  flags: StateFlags,
  now: Date,
): ReviewStatement {
  return {
    sql: `
      INSERT INTO "CardState" ("id", "userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps",
                               "reps", "lapses", "state", "lastReview", "suspended", "leech", "updatedAt")
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT ("userId", "cardId") DO NOTHING`,
    params: [
      crypto.randomUUID(),
      userId,
      cardId,
      s.due,
      s.stability,
      s.difficulty,
      s.elapsedDays,
      s.scheduledDays,
      s.learningSteps,
      s.reps,
      s.lapses,
      s.state,
      s.lastReview,
      flags.suspended ?? false,
      flags.leech ?? false,
      now,
    ],
  };
}

export type NewReviewLog = {
  id: string;
  userId: string;
  cardId: string;
  rating: number;
  previousState: string;
  verdict: string | null;
  score: number | null;
  answer: string | null;
  stateBefore: MemoryState;
  leechBefore: boolean;
  stateAfter: MemoryState;
  reviewedAt: Date;
  durationMs: number;
  payloadHash: string;
};

/** Idempotent on the review id in SQL: 0 rows means that id is already logged (a retry, or a clash). */
export function insertReviewLog(log: NewReviewLog, now: Date): ReviewStatement {
  return {
    sql: `
      INSERT INTO "ReviewLog" ("id", "userId", "cardId", "kind", "rating", "previousState", "verdict", "score", "answer",
                               "stateBefore", "stateAfter", "reviewedAt", "durationMs", "payloadHash", "createdAt")
      VALUES (?, ?, ?, 'review', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT ("id") DO NOTHING`,
    params: [
      log.id,
      log.userId,
      log.cardId,
      log.rating,
      log.previousState,
      log.verdict,
      log.score,
      log.answer,
      JSON.stringify({ ...memoryToJson(log.stateBefore), leech: log.leechBefore }),
      JSON.stringify(memoryToJson(log.stateAfter)),
      log.reviewedAt,
      log.durationMs,
      log.payloadHash,
      now,
    ],
  };
}
