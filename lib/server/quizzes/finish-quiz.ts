import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { loadOwnAttempt } from "./load-attempt";

/** Ends the attempt (unanswered questions score 0) and stores its score; finishing twice is harmless. */
export async function finishQuiz(actor: Actor | null, attemptId: string, now: Date): Promise<{ score: number }> {
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(actor, attemptId);
    const total = attempt.answers.reduce((sum, a) => sum + a.score, 0);
    const score = attempt.plan.questions.length ? total / attempt.plan.questions.length : 0;
    if (!attempt.finishedAt) await tx.quizAttempt.update({ where: { id: attemptId }, data: { finishedAt: now, score } });
    return { score: attempt.score ?? score };
  });
}
