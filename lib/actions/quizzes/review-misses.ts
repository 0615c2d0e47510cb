"use server";
// The caller's own finished attempt only; reviewMisses checks it.
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { reviewMisses } from "@/lib/server/quizzes/review-misses";
import { defineFormAction } from "../define-action";
import { ATTEMPT_NOT_FOUND, attemptIdSchema } from "./attempt-not-found";

const reviewMissesSchema = z.object({ attemptId: attemptIdSchema, deckSlug: z.string().min(1).max(64) });

export const reviewMissesAction = defineFormAction({
  read: (formData) => ({ attemptId: formData.get("attemptId"), deckSlug: formData.get("deckSlug") }),
  schema: reviewMissesSchema,
  invalid: notFound,
  signedOut: () => redirect("/signin"),
  run: (actor, { attemptId }) => reviewMisses(actor, attemptId, new Date()),
  errors: ATTEMPT_NOT_FOUND,
  redirect: (_, { deckSlug }) => `/review/${deckSlug}`,
});
