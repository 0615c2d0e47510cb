import { z } from "zod";

/** One cram rating: kept apart from reviews, it never changes a card's schedule. */
export const cramEntrySchema = z.object({
  cramId: z.uuid(),
  cardId: z.string().min(1).max(200),
  rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  reviewedAt: z.iso.datetime({ offset: true }),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3600 * 1000),
});
export type CramEntryInput = z.infer<typeof cramEntrySchema>;

export const MAX_CRAM_BATCH = 250;
export const cramBatchSchema = z.object({ entries: z.array(z.unknown()).min(1).max(MAX_CRAM_BATCH) });
