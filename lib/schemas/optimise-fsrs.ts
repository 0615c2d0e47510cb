import { z } from "zod";

/** "Optimise" in study settings: the learner's own weights, or the shown deck's (own retention only). */
export const optimiseFsrsSchema = z.object({
  deckSlug: z.string().min(1).max(64),
  scope: z.enum(["learner", "deck"]),
});
export type OptimiseFsrsInput = z.infer<typeof optimiseFsrsSchema>;
