import { z } from "zod";

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

export const studySettingsSchema = z.object({
  timeZone: z.string().max(64).refine(isTimeZone, "invalid-time-zone"),
  rolloverHour: z.coerce.number().int().min(0).max(23),
  desiredRetention: z.coerce.number().min(0.7).max(0.99),
  deckSlug: z.string().min(1).max(64),
  newPerDay: z.coerce.number().int().min(0).max(9999),
  reviewsPerDay: z.coerce.number().int().min(0).max(99999),
  deckRetention: z.union([z.literal(""), z.coerce.number().min(0.7).max(0.99)]).transform((v) => (v === "" ? null : v)),
});
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;
