import "server-only";
import crypto from "node:crypto";
import { examTimeLimitMs } from "@/lib/core/quiz/exam-time";
import { planQuiz, QUIZ_TYPES, type QuizCandidate } from "@/lib/core/quiz/plan-quiz";
import type { CreateQuizInput } from "@/lib/schemas/quiz";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { decodeItemAnswer } from "@/lib/core/content/item-answer-codec";
import { decodeItemBody } from "@/lib/core/content/item-body-codec";

/** Starts an attempt; the question order and every shuffle stay on the server in `plan`. */
export async function createQuiz(
  actor: Actor | null,
  input: CreateQuizInput,
  now: Date,
): Promise<{ attemptId: string }> {
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: input.deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const items = await db.item.findMany({
    where: { deckId: deck.id, retiredAt: null, type: { in: [...QUIZ_TYPES] } },
    select: { id: true, type: true, section: true, body: true, answer: true },
  });
  const candidates: QuizCandidate[] = items.map((item) => {
    const ordering = item.type === "ordering" ? decodeItemAnswer("ordering", item.answer) : undefined;
    return {
      itemId: item.id,
      type: item.type,
      section: item.section,
      optionCount: item.type === "choice" ? decodeItemBody("choice", item.body).options.length : undefined,
      stepCount: ordering?.stepCount,
      anyOrder: ordering?.anyOrder,
    };
  });
  const questions = planQuiz({
    candidates,
    sections: input.sections,
    types: input.types,
    length: input.length,
    seed: crypto.randomUUID(),
  });
  if (questions.length === 0) throw new AppError("UNPROCESSABLE", { message: "no-questions" });
  const attempt = await db.quizAttempt.create({
    data: {
      userId: actor!.id,
      deckId: deck.id,
      mode: input.mode,
      plan: { questions },
      startedAt: now,
      deadline: input.mode === "exam" ? new Date(now.getTime() + examTimeLimitMs(questions.length)) : null,
    },
    select: { id: true },
  });
  return { attemptId: attempt.id };
}
