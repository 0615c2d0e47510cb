import "server-only";
import crypto from "node:crypto";
import type { GradeResult } from "@/lib/core/grading/grade-result";
import { db } from "../db";
import { inDatabaseTurn } from "../db/database-turn";
import { rawJson as json, rawNumber as num } from "../db/raw-values";

type Kept = { answer: string; grade: GradeResult };

/**
 * The first answer a learner gives to a typed/kubectl card at its current point of the schedule
 * (its reps), graded once. The row is inserted with ON CONFLICT DO NOTHING on (user, card, reps)
 * and read back, so with any number of requests or processes the first answer wins and the key
 * cannot be fished out with one answer and then "answered" correctly with another. Plain statements
 * (three per typed reveal) rather than Prisma's model calls: this runs on every typed reveal.
 */
export async function keepFirstAnswer(userId: string, cardId: string, answer: string, grade: (text: string) => GradeResult): Promise<Kept> {
  return inDatabaseTurn(async () => {
    const [state] = await db.$queryRaw<{ reps: unknown }[]>`SELECT "reps" FROM "CardState" WHERE "userId" = ${userId} AND "cardId" = ${cardId}`;
    const reps = state ? num(state.reps) : 0;
    const fresh = grade(answer);
    await db.$executeRaw`
      INSERT INTO "AnswerReveal" ("id", "userId", "cardId", "reps", "answer", "verdict", "score", "feedback", "revealedAt")
      VALUES (${crypto.randomUUID()}, ${userId}, ${cardId}, ${reps}, ${answer}, ${fresh.verdict}, ${fresh.score}, ${JSON.stringify(fresh.feedback)}, ${new Date()})
      ON CONFLICT ("userId", "cardId", "reps") DO NOTHING`;
    const [row] = await db.$queryRaw<{ answer: string; verdict: string; score: unknown; feedback: unknown }[]>`
      SELECT "answer", "verdict", "score", "feedback" FROM "AnswerReveal" WHERE "userId" = ${userId} AND "cardId" = ${cardId} AND "reps" = ${reps}`;
    if (!row) throw new Error(`AnswerReveal (${userId}, ${cardId}, ${reps}) missing right after its insert`);
    const feedback = json(row.feedback) as GradeResult["feedback"];
    return { answer: row.answer, grade: { verdict: row.verdict as GradeResult["verdict"], score: num(row.score), feedback } };
  });
}
