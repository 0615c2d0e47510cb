import "server-only";
import crypto from "node:crypto";
import type { GradeResult } from "@/lib/core/grading/grade-result";
import { db } from "../db";
import { inDatabaseTurn } from "../db/database-turn";

type Kept = { answer: string; grade: GradeResult };

/**
 * The first answer a learner gives to a typed/kubectl card at its current point of the schedule
 * (its reps), graded once. The row is inserted with ON CONFLICT DO NOTHING on (user, card, reps)
 * and read back, so with any number of requests or processes the first answer wins and the key
 * cannot be fished out with one answer and then "answered" correctly with another.
 */
export async function keepFirstAnswer(userId: string, cardId: string, answer: string, grade: (text: string) => GradeResult): Promise<Kept> {
  return inDatabaseTurn(async () => {
    const state = await db.cardState.findUnique({ where: { userId_cardId: { userId, cardId } }, select: { reps: true } });
    const reps = state?.reps ?? 0;
    const fresh = grade(answer);
    await db.$executeRaw`
      INSERT INTO "AnswerReveal" ("id", "userId", "cardId", "reps", "answer", "verdict", "score", "feedback", "revealedAt")
      VALUES (${crypto.randomUUID()}, ${userId}, ${cardId}, ${reps}, ${answer}, ${fresh.verdict}, ${fresh.score}, ${JSON.stringify(fresh.feedback)}, ${new Date()})
      ON CONFLICT ("userId", "cardId", "reps") DO NOTHING`;
    const row = await db.answerReveal.findUniqueOrThrow({ where: { userId_cardId_reps: { userId, cardId, reps } } });
    const feedback = (typeof row.feedback === "string" ? JSON.parse(row.feedback) : row.feedback) as GradeResult["feedback"];
    return { answer: row.answer, grade: { verdict: row.verdict as GradeResult["verdict"], score: row.score, feedback } };
  });
}
