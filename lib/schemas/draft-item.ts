import { z } from "zod";
import { DECK_ITEM_TYPES } from "@/lib/core/content/deck-schema";

/** Body of the editor's save and preview calls: the form's values, its item type, and the id the item had before (null: new). */
export const draftItemRequestSchema = z.object({
  originalKey: z.string().max(80).nullable(),
  type: z.enum(DECK_ITEM_TYPES as [string, ...string[]]),
  values: z.record(z.string(), z.union([z.string().max(100_000), z.boolean()])),
});
export type DraftItemRequest = z.infer<typeof draftItemRequestSchema>;
