import "server-only";
import { decodeItemAnswer, toAnswerKey } from "@/lib/core/content/item-answer-codec";
import { gradeAnswer } from "@/lib/core/grading/grade-answer";
import { answerResponseSchemas } from "@/lib/core/grading/answer-response-schema";
import { unshuffleResponse } from "@/lib/core/quiz/plan-quiz";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { isUniqueViolation } from "../db/unique-violation";
import { renderMarkdown } from "../content/render-markdown";
import { correctAnswerMarkdown, DEFAULT_ANSWER_LABELS, type AnswerLabels } from "./answer-markdown";
import { acceptsExamSaves, isClosed, loadOwnAttempt } from "./load-attempt";
import { decodeItemBody } from "@/lib/core/content/item-body-codec";

export type SubmittedAnswer = {
  index: number;
  /** False only for a practice manifest that is not valid YAML: the question stays open for another try. */
  saved: boolean;
  verdict?: string;
  score?: number;
  feedback?: unknown;
  /** Practice only, once answered: the correct answer and why, as Quizlet Learn shows them. */
  correctHtml?: string;
  explanationHtml?: string;
};

/**
 * Practice: a question is graded once, and the answer comes back with the verdict, the correct
 * answer and the explanation. Exam: every save replaces the previous one (graded and stored, told
 * nothing) until the deadline plus a few seconds' grace for a save sent at 0:00; the attempt is
 * scored from what is saved when it finishes or its time is up.
 */
export async function submitQuizAnswer(
  actor: Actor | null,
  attemptId: string,
  index: number,
  response: unknown,
  now: Date,
  labels: AnswerLabels = DEFAULT_ANSWER_LABELS,
): Promise<SubmittedAnswer> {
  try {
    return await submitOnce(actor, attemptId, index, response, now, labels);
  } catch (error) {
    // A send racing this one (another tab, another process) took the unique (attemptId, itemId)
    // first: once more, and the stored answer is found (practice) or overwritten (exam).
    if (!isUniqueViolation(error)) throw error;
    return submitOnce(actor, attemptId, index, response, now, labels);
  }
}

async function submitOnce(
  actor: Actor | null,
  attemptId: string,
  index: number,
  response: unknown,
  now: Date,
  labels: AnswerLabels,
): Promise<SubmittedAnswer> {
  return db.$transaction(async (tx) => {
    const attempt = await loadOwnAttempt(actor, attemptId);
    const plan = attempt.plan.questions[index];
    if (!plan) throw new AppError("NOT_FOUND");
    const exam = attempt.mode === "exam";
    const stored = attempt.answers.find((a) => a.itemId === plan.itemId);
    const item = await tx.item.findUniqueOrThrow({
      where: { id: plan.itemId },
      select: { type: true, body: true, answer: true, explanation: true },
    });
    const practiceReply = (row: { verdict: string; score: number; feedback: unknown }): SubmittedAnswer => ({
      index,
      saved: true,
      verdict: row.verdict,
      score: row.score,
      feedback: row.feedback,
      correctHtml: renderMarkdown(
        correctAnswerMarkdown(
          item.type,
          decodeItemBody(item.type, item.body),
          decodeItemAnswer(item.type, item.answer),
          labels,
        ),
      ),
      explanationHtml: item.explanation ? renderMarkdown(item.explanation) : "",
    });
    if (stored && !exam) return practiceReply(stored);
    if (exam ? !acceptsExamSaves(attempt, now) : isClosed(attempt, now))
      throw new AppError("CONFLICT", { message: "attempt-closed" });
    const key = toAnswerKey(item.type, item.answer);
    if (!key) throw new AppError("UNPROCESSABLE");
    const unshuffled = unshuffleResponse(plan, response);
    // A response of the wrong shape never comes from our quiz screen: refuse it without using up
    // the question (the grader would otherwise store it as an incorrect answer).
    if (!answerResponseSchemas[key.type].safeParse(unshuffled).success) {
      throw new AppError("INVALID_INPUT", { message: `the response does not fit a ${key.type} question` });
    }
    const grade = gradeAnswer(key, unshuffled);
    // A YAML syntax slip in practice does not use the question up: the learner fixes it and sends again.
    if (!exam && grade.feedback.some((f) => f.code === "yaml-error"))
      return { index, saved: false, verdict: grade.verdict, score: 0, feedback: grade.feedback };
    const data = {
      response: (response ?? null) as object,
      verdict: grade.verdict,
      score: grade.score,
      feedback: grade.feedback,
    };
    if (exam) {
      // One row per question, overwritten by each save (the unique (attemptId, itemId) holds it).
      await tx.quizAnswer.upsert({
        where: { attemptId_itemId: { attemptId, itemId: plan.itemId } },
        create: { attemptId, itemId: plan.itemId, ...data },
        update: data,
      });
      return { index, saved: true };
    }
    const row = await tx.quizAnswer.create({ data: { attemptId, itemId: plan.itemId, ...data } });
    return practiceReply(row);
  });
}
