import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { EXAM_GRACE_MS, loadOwnAttempt } from "./load-attempt";

/**
 * Ends the attempt (unanswered questions score 0) and stores its score; finishing twice is harmless.
 * An exam whose time is up is finished the same way on its first read after the deadline
 * (finishIfTimeIsUp), so every saved answer is graded even when the learner's browser was closed.
 */
export async function finishQuiz(actor: Actor | null, attemptId: string, now: Date): Promise<{ score: number }> {
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(actor, attemptId);
    const total = attempt.answers.reduce((sum, a) => sum + a.score, 0);
    const score = attempt.plan.questions.length ? total / attempt.plan.questions.length : 0;
    // Finishing is a compare-and-set on finishedAt: a finish racing the deadline's automatic one
    // (or a second tab) stores the score once.
    if (!attempt.finishedAt)
      await tx.quizAttempt.updateMany({ where: { id: attemptId, finishedAt: null }, data: { finishedAt: now, score } });
    return { score: attempt.score ?? score };
  });
}

/** Finishes an exam whose deadline (plus grace) has passed; true when the attempt is (now) finished. */
export async function finishIfTimeIsUp(
  actor: Actor | null,
  attempt: { id: string; finishedAt: Date | null; deadline: Date | null },
  now: Date,
): Promise<boolean> {
  if (attempt.finishedAt) return true;
  if (!attempt.deadline || now.getTime() <= attempt.deadline.getTime() + EXAM_GRACE_MS) return false;
  await finishQuiz(actor, attempt.id, now);
  return true;
}
