"use server";
// Quiz actions: signed-in learners, on decks they may study and on their own attempts only
// (lib/server/quizzes checks both).
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { createQuizSchema } from "@/lib/schemas/quiz";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { finishQuiz } from "@/lib/server/quizzes/finish-quiz";
import { reviewMisses } from "@/lib/server/quizzes/review-misses";
import { fieldErrorsOf, authFailure, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

const attemptIdSchema = z.string().min(1).max(64);

export async function createQuizAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = createQuizSchema.safeParse({
    deckSlug: formData.get("deckSlug"),
    sections: formData.getAll("sections"),
    types: formData.getAll("types"),
    length: formData.get("length") ?? 10,
    mode: formData.get("mode") ?? "practice",
  });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  let attemptId: string;
  try {
    ({ attemptId } = await createQuiz(await getCurrentUser(), input.data, new Date()));
  } catch (error) {
    if (error instanceof AppError && error.code === "UNPROCESSABLE") return { ok: false, formError: "noQuestions" };
    return authFailure(error);
  }
  redirect(`/quiz/${attemptId}`);
}

export async function finishQuizAction(formData: FormData): Promise<void> {
  if (!isForm(formData)) return;
  const parsed = attemptIdSchema.safeParse(formData.get("attemptId"));
  if (!parsed.success) notFound();
  const attemptId = parsed.data;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=${encodeURIComponent(`/quiz/${attemptId}`)}`);
  await finishQuiz(actor, attemptId, new Date()).catch(notFoundOnAppError);
  redirect(`/quiz/${attemptId}/results`);
}

export async function reviewMissesAction(formData: FormData): Promise<void> {
  if (!isForm(formData)) return;
  const input = z.object({ attemptId: attemptIdSchema, deckSlug: z.string().min(1).max(64) }).safeParse({ attemptId: formData.get("attemptId"), deckSlug: formData.get("deckSlug") });
  if (!input.success) notFound();
  const { attemptId, deckSlug } = input.data;
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin");
  await reviewMisses(actor, attemptId, new Date()).catch(notFoundOnAppError);
  redirect(`/review/${deckSlug}`);
}

/** Someone else's (or a missing) attempt answers 404, like a page that does not exist. */
function notFoundOnAppError(error: unknown): never {
  if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "CONFLICT")) notFound();
  throw error;
}
