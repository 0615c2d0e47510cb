// A quiz answer whose response does not fit its question (null on an ordering question, a deeply
// nested object, a string for a choice) is refused as INVALID_INPUT (400) and does not use up the
// question: the learner's real answer afterwards is graded normally.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { submitQuizAnswer } from "@/lib/server/quizzes/submit-quiz-answer";
import { AppError } from "@/lib/server/errors";
import type { Actor } from "@/lib/server/auth/current-user";

const NOW = new Date("2026-03-10T12:00:00Z");
let learner: Actor;

beforeAll(async () => {
  await syncContentDecks();
  const user = await db.user.create({ data: { email: `quiz-${crypto.randomUUID()}@example.test`, role: "learner" } });
  learner = { id: user.id, email: user.email, role: "learner", name: null };
});

function nested(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { order: [value] };
  return value;
}

describe("quiz answers of the wrong shape", () => {
  it.each([
    ["ordering", null],
    ["ordering", "1,2,3"],
    ["ordering", nested(30)],
    ["ordering", { order: "first" }],
    ["choice", { selected: [{}] }],
    ["choice", []],
  ] as const)("a %s question refuses %j with INVALID_INPUT and keeps the question open", async (type, response) => {
    const { attemptId } = await createQuiz(
      learner,
      { deckSlug: "kubernetes-workloads", sections: [], types: [type], length: 1, mode: "practice" },
      NOW,
    );
    const error = await submitQuizAnswer(learner, attemptId, 0, response, NOW).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("INVALID_INPUT");
    expect((error as AppError).status).toBe(400);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(0);
    const real = type === "ordering" ? { order: [0, 1, 2] } : { selected: [0] };
    const graded = await submitQuizAnswer(learner, attemptId, 0, real, NOW);
    expect(graded.verdict).toMatch(/correct|incorrect|partial/);
    expect(await db.quizAnswer.count({ where: { attemptId } })).toBe(1);
  });
});
