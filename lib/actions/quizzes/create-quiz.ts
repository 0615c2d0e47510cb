"use server";
// Quiz actions: signed-in learners, on decks they may study and on their own attempts only
// (lib/server/quizzes checks both).
import { createQuizSchema } from "@/lib/schemas/quiz";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { defineAction } from "../define-action";

export const createQuizAction = defineAction({
  read: (formData) => ({
    deckSlug: formData.get("deckSlug"),
    sections: formData.getAll("sections"),
    types: formData.getAll("types"),
    length: formData.get("length") ?? 10,
    mode: formData.get("mode") ?? "practice",
  }),
  schema: createQuizSchema,
  run: (actor, input) => createQuiz(actor, input, new Date()),
  errors: { UNPROCESSABLE: { ok: false, formError: "noQuestions" } },
  redirect: ({ attemptId }) => `/quiz/${attemptId}`,
});
