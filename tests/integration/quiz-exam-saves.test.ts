// Exam answers are saved as the learner goes and can be changed until time is up (plus a few
// seconds' grace for a save sent at 0:00); what is saved when time runs out is graded even if the
// browser never comes back. Practice grades once and answers with the correct answer and why.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { submitQuizAnswer } from "@/lib/server/quizzes/submit-quiz-answer";
import { finishQuiz } from "@/lib/server/quizzes/finish-quiz";
import { getQuizForLearner } from "@/lib/server/quizzes/get-quiz-for-learner";
import { getQuizResults } from "@/lib/server/quizzes/get-quiz-results";
import { EXAM_GRACE_MS } from "@/lib/server/quizzes/load-attempt";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/auth/current-user";

const NOW = new Date("2026-03-10T12:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);
let learner: Actor;

beforeAll(async () => {
  await syncContentDecks();
  const user = await db.user.create({ data: { email: `exam-${crypto.randomUUID()}@example.test`, role: "learner" } });
  learner = { id: user.id, email: user.email, role: "learner", name: null };
});

async function trueFalseExam(length: number) {
  const { attemptId } = await createQuiz(
    learner,
    { deckSlug: "kubernetes-workloads", sections: [], types: ["truefalse"], length, mode: "exam" },
    NOW,
  );
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
  const plan = (attempt.plan as { questions: { itemId: string }[] }).questions;
  const items = await db.item.findMany({
    where: { id: { in: plan.map((q) => q.itemId) } },
    select: { id: true, answer: true },
  });
  const truth = plan.map((q) => (items.find((i) => i.id === q.itemId)!.answer as { answer: boolean }).answer);
  return { attemptId, deadline: attempt.deadline!, truth };
}

const codeOf = (error: unknown) => (error instanceof AppError ? error.code : String(error));

describe("exam saves", () => {
  it("a later save replaces the earlier one, and the reply tells nothing about the grade", async () => {
    const { attemptId, truth } = await trueFalseExam(2);
    const first = await submitQuizAnswer(learner, attemptId, 0, { value: !truth[0] }, at(1_000));
    expect(first).toEqual({ index: 0, saved: true });
    await submitQuizAnswer(learner, attemptId, 0, { value: truth[0] }, at(2_000));
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
    const stored = await db.quizAnswer.findFirstOrThrow({ where: { attemptId } });
    expect(stored.verdict).toBe("correct");
    expect(stored.response).toEqual({ value: truth[0] });
    const view = await getQuizForLearner(learner, attemptId, at(3_000));
    expect(view.questions[0].response).toEqual({ value: truth[0] });
    expect(view.questions[0]).not.toHaveProperty("verdict");
    expect((await finishQuiz(learner, attemptId, at(4_000))).score).toBe(0.5);
  });

  it("takes a save up to the grace after the deadline, refuses one later", async () => {
    const { attemptId, deadline, truth } = await trueFalseExam(2);
    const inGrace = new Date(deadline.getTime() + EXAM_GRACE_MS - 1_000);
    expect((await submitQuizAnswer(learner, attemptId, 0, { value: truth[0] }, inGrace)).saved).toBe(true);
    const late = new Date(deadline.getTime() + EXAM_GRACE_MS + 1_000);
    expect(
      codeOf(await submitQuizAnswer(learner, attemptId, 1, { value: truth[1] }, late).catch((e: unknown) => e)),
    ).toBe("CONFLICT");
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });

  it("grades everything saved when time is up, though nobody pressed finish", async () => {
    const { attemptId, deadline, truth } = await trueFalseExam(3);
    await submitQuizAnswer(learner, attemptId, 0, { value: truth[0] }, at(1_000));
    await submitQuizAnswer(learner, attemptId, 1, { value: !truth[1] }, at(2_000));
    const after = new Date(deadline.getTime() + EXAM_GRACE_MS + 60_000);
    const view = await getQuizForLearner(learner, attemptId, after);
    expect(view.closed).toBe(true);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.finishedAt).toEqual(after);
    expect(attempt.score).toBeCloseTo(1 / 3);
    const results = await getQuizResults(learner, attemptId, after, {
      true: "正しい",
      false: "誤り",
      anyOrder: "順不同",
    });
    expect(results.rows.map((r) => r.verdict)).toEqual(["correct", "incorrect", "unanswered"]);
    expect(results.rows[0].ownHtml).toContain(truth[0] ? "正しい" : "誤り");
    expect(results.rows[2].ownHtml).toBeNull();
  });

  it("results are refused while the exam is still running", async () => {
    const { attemptId } = await trueFalseExam(1);
    expect(codeOf(await getQuizResults(learner, attemptId, at(1_000)).catch((e: unknown) => e))).toBe("CONFLICT");
  });

  it("two finishes at once store one score", async () => {
    const { attemptId, truth } = await trueFalseExam(2);
    await submitQuizAnswer(learner, attemptId, 0, { value: truth[0] }, at(1_000));
    const scores = await Promise.all([
      finishQuiz(learner, attemptId, at(2_000)),
      finishQuiz(learner, attemptId, at(2_500)),
    ]);
    expect(scores.map((s) => s.score)).toEqual([0.5, 0.5]);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt.score).toBe(0.5);
  });
});

describe("practice replies", () => {
  it("come with the correct answer and the explanation, and a second send does not regrade", async () => {
    const { attemptId } = await createQuiz(
      learner,
      { deckSlug: "kubernetes-workloads", sections: [], types: ["truefalse"], length: 1, mode: "practice" },
      NOW,
    );
    const reply = await submitQuizAnswer(learner, attemptId, 0, { value: true }, at(1_000), {
      true: "True",
      false: "False",
      anyOrder: "any order",
    });
    expect(reply.saved).toBe(true);
    expect(reply.correctHtml).toMatch(/True|False/);
    expect(reply.explanationHtml).toBeTypeOf("string");
    const again = await submitQuizAnswer(learner, attemptId, 0, { value: false }, at(2_000));
    expect(again.verdict).toBe(reply.verdict);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });

  it("a YAML syntax error names its line and column and leaves the question open", async () => {
    const { attemptId } = await createQuiz(
      learner,
      { deckSlug: "kubernetes-workloads", sections: [], types: ["manifest"], length: 1, mode: "practice" },
      NOW,
    );
    const broken = await submitQuizAnswer(
      learner,
      attemptId,
      0,
      { yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: [web\n" },
      at(1_000),
    );
    expect(broken.saved).toBe(false);
    const error = (broken.feedback as { code: string; params: { line: number; column: number } }[]).find(
      (f) => f.code === "yaml-error",
    );
    expect(error?.params.line).toBeGreaterThan(0);
    expect(error?.params.column).toBeGreaterThan(0);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
    const fixed = await submitQuizAnswer(
      learner,
      attemptId,
      0,
      { yaml: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n" },
      at(2_000),
    );
    expect(fixed.saved).toBe(true);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });
});
