import "server-only";
import crypto from "node:crypto";
import type { GradeResult } from "@/lib/core/grading/grade-result";
import { getEnv } from "../env";
import { groupCommitFor } from "../db/group-commit";
import { isPostgres } from "../db/is-postgres";
import { postgresPool, postgresRows } from "../db/postgres-connection";
import { rawJson as json, rawNumber as num } from "../db/raw-values";
import { changedRows, readRow } from "../db/sqlite-connection";
import type { Statement } from "../db/statement";

type Kept = { answer: string; grade: GradeResult };
type KeptRow = { answer: string; verdict: string; score: unknown; feedback: unknown };

const readReps = (userId: string, cardId: string): Statement => ({
  sql: 'SELECT "reps" FROM "CardState" WHERE "userId" = ? AND "cardId" = ?',
  params: [userId, cardId],
});

const insertReveal = (
  userId: string,
  cardId: string,
  reps: number,
  answer: string,
  grade: GradeResult,
  now: Date,
): Statement => ({
  sql: `INSERT INTO "AnswerReveal" ("id", "userId", "cardId", "reps", "answer", "verdict", "score", "feedback", "revealedAt")
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("userId", "cardId", "reps") DO NOTHING`,
  params: [
    crypto.randomUUID(),
    userId,
    cardId,
    reps,
    answer,
    grade.verdict,
    grade.score,
    JSON.stringify(grade.feedback),
    now,
  ],
});

const readKept = (userId: string, cardId: string, reps: number): Statement => ({
  sql: 'SELECT "answer", "verdict", "score", "feedback" FROM "AnswerReveal" WHERE "userId" = ? AND "cardId" = ? AND "reps" = ?',
  params: [userId, cardId, reps],
});

function kept(row: KeptRow | undefined, key: string): Kept {
  if (!row) throw new Error(`AnswerReveal (${key}) missing right after its insert`);
  const feedback = json(row.feedback) as GradeResult["feedback"];
  return {
    answer: row.answer,
    grade: { verdict: row.verdict as GradeResult["verdict"], score: num(row.score), feedback },
  };
}

/**
 * The first answer a learner gives to a typed/kubectl card at its current point of the schedule
 * (its reps), graded once. The row is inserted with ON CONFLICT DO NOTHING on (user, card, reps)
 * and read back, so with any number of requests or processes the first answer wins and the key
 * cannot be fished out with one answer and then "answered" correctly with another. Three statements
 * prepared once on the review connection or pool (they run on every typed reveal): on SQLite in a
 * savepoint of a group transaction (db/group-commit.ts), so they see one snapshot and commit with
 * the ratings around them.
 */
export async function keepFirstAnswer(
  userId: string,
  cardId: string,
  answer: string,
  grade: (text: string) => GradeResult,
  now = new Date(),
): Promise<Kept> {
  const fresh = grade(answer);
  const key = `${userId}, ${cardId}`;
  if (isPostgres()) {
    const pool = postgresPool(getEnv().DATABASE_URL);
    const [state] = await postgresRows<{ reps: unknown }>(pool, readReps(userId, cardId));
    const reps = state ? num(state.reps) : 0;
    await postgresRows(pool, insertReveal(userId, cardId, reps, answer, fresh, now));
    return kept((await postgresRows<KeptRow>(pool, readKept(userId, cardId, reps)))[0], key);
  }
  return groupCommitFor(getEnv().databaseFile!)(({ connection }) => {
    const state = readRow<{ reps: unknown }>(connection, readReps(userId, cardId));
    const reps = state ? num(state.reps) : 0;
    changedRows(connection, insertReveal(userId, cardId, reps, answer, fresh, now));
    return kept(readRow<KeptRow>(connection, readKept(userId, cardId, reps)), key);
  });
}
