"use server";
// The caller's own attempt only; finishQuiz checks it.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { finishQuiz } from "@/lib/server/quizzes/finish-quiz";
import { defineFormAction } from "../define-action";
import { ATTEMPT_NOT_FOUND, attemptIdSchema } from "./attempt-not-found";

const finishQuizSchema = z.object({ attemptId: attemptIdSchema });

export const finishQuizAction = defineFormAction({
  read: (formData) => ({ attemptId: formData.get("attemptId") }),
  schema: finishQuizSchema,
  invalid: notFound,
  signedOut: ({ attemptId }) => redirect(`/signin?callbackUrl=${encodeURIComponent(`/quiz/${attemptId}`)}`),
  run: (actor, { attemptId }) => finishQuiz(actor, attemptId, new Date()),
  errors: ATTEMPT_NOT_FOUND,
  redirect: (_, { attemptId }) => `/quiz/${attemptId}/results`,
});
