import { z } from "zod";
import { QUIZ_TYPES } from "@/lib/core/quiz/plan-quiz";

export const createQuizSchema = z.object({
  deckSlug: z.string().min(1).max(64),
  sections: z.array(z.string().max(64)).max(50).default([]),
  types: z.array(z.enum(QUIZ_TYPES)).max(QUIZ_TYPES.length).default([]),
  length: z.coerce.number().int().min(1).max(50).default(10),
  mode: z.enum(["practice", "exam"]).default("practice"),
});
export type CreateQuizInput = z.infer<typeof createQuizSchema>;

export const submitQuizAnswerSchema = z.object({ index: z.number().int().min(0).max(49), response: z.unknown() });
