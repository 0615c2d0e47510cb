import "server-only";
import { toAnswerKey } from "@/lib/core/content/item-storage";
import { gradeAnswer } from "@/lib/core/grading/grade-answer";
import { answerResponseSchemas } from "@/lib/core/grading/answer-response-schema";
import { unshuffleResponse } from "@/lib/core/quiz/plan-quiz";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { isClosed, loadOwnAttempt } from "./load-attempt";

export type SubmittedAnswer = { index: number; saved: true; verdict?: string; score?: number; feedback?: unknown };

/**
 * Grades a question once per attempt: a second submission returns the stored verdict, whatever it
 * contains. Exam mode stores the verdict but tells nothing until the attempt is finished.
 */
export async function submitQuizAnswer(actor: Actor | null, attemptId: string, index: number, response: unknown, now: Date): Promise<SubmittedAnswer> {
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(actor, attemptId);
    const plan = attempt.plan.questions[index];
    if (!plan) throw new AppError("NOT_FOUND");
    const reply = (row: { verdict: string; score: number; feedback: unknown }) =>
      attempt.mode === "practice" ? { index, saved: true as const, verdict: row.verdict, score: row.score, feedback: row.feedback } : { index, saved: true as const };
    const stored = attempt.answers.find((a) => a.itemId === plan.itemId);
    if (stored) return reply(stored);
    if (isClosed(attempt, now)) throw new AppError("CONFLICT", { message: "attempt-closed" });
    const item = await tx.item.findUniqueOrThrow({ where: { id: plan.itemId }, select: { type: true, answer: true } });
    const key = toAnswerKey(item.type, item.answer);
    if (!key) throw new AppError("UNPROCESSABLE");
    const unshuffled = unshuffleResponse(plan, response);
    // A response of the wrong shape never comes from our quiz screen: refuse it without using up
    // the question (the grader would otherwise store it as an incorrect answer).
    if (!answerResponseSchemas[key.type].safeParse(unshuffled).success) {
      throw new AppError("INVALID_INPUT", { message: `the response does not fit a ${key.type} question` });
    }
    const grade = gradeAnswer(key, unshuffled);
    const row = await tx.quizAnswer.create({
      data: { attemptId, itemId: plan.itemId, response: (response ?? null) as object, verdict: grade.verdict, score: grade.score, feedback: grade.feedback },
    });
    return reply(row);
  });
}
