import "server-only";
import type { QuizQuestionPlan } from "@/lib/core/quiz/plan-quiz";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";

export type AttemptPlan = { questions: QuizQuestionPlan[] };

/** A save sent as the clock reaches 0:00 is still on its way: it counts if it arrives this soon after. */
export const EXAM_GRACE_MS = 5_000;

/** An attempt of the actor's own; anyone else's is "not found" (no hint that it exists). */
export async function loadOwnAttempt(actor: Actor | null, attemptId: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const attempt = await db.quizAttempt.findUnique({ where: { id: attemptId }, include: { answers: true } });
  if (!attempt || attempt.userId !== actor.id) throw new AppError("NOT_FOUND");
  return { ...attempt, plan: attempt.plan as AttemptPlan };
}

/** Past the deadline (exam mode) or finished: no more answers. */
export function isClosed(attempt: { finishedAt: Date | null; deadline: Date | null }, now: Date): boolean {
  return attempt.finishedAt !== null || (attempt.deadline !== null && attempt.deadline.getTime() < now.getTime());
}

/** An exam takes saves until it is finished or its deadline (plus grace) has passed. */
export function acceptsExamSaves(attempt: { finishedAt: Date | null; deadline: Date | null }, now: Date): boolean {
  return (
    attempt.finishedAt === null &&
    (attempt.deadline === null || now.getTime() <= attempt.deadline.getTime() + EXAM_GRACE_MS)
  );
}
