import { z } from "zod";
import { EXAM_KINDS } from "@/lib/core/planning/exam-date";

const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

export const studySettingsSchema = z
  .object({
    timeZone: z.string().max(64).refine(isTimeZone, "invalid-time-zone"),
    rolloverHour: z.coerce.number().int().min(0).max(23),
    desiredRetention: z.coerce.number().min(0.7).max(0.99),
    deckSlug: z.string().min(1).max(64),
    newPerDay: z.coerce.number().int().min(0).max(9999),
    reviewsPerDay: z.coerce.number().int().min(0).max(99999),
    deckRetention: z
      .union([z.literal(""), z.coerce.number().min(0.7).max(0.99)])
      .transform((v) => (v === "" ? null : v)),
    // "No exam" removes the exam, whatever the date field holds. Whether the day is in the past
    // depends on the learner's "today", which lib/server checks (saveStudySettings), not this schema.
    examKind: z.union([z.literal(""), z.enum(EXAM_KINDS)]).transform((v) => (v === "" ? null : v)),
    examDate: z.union([z.literal(""), z.iso.date()]).transform((v) => (v === "" ? null : v)),
  })
  .superRefine((value, context) => {
    if (value.examKind && !value.examDate)
      context.addIssue({ code: "custom", path: ["examDate"], message: "invalid-exam-date-missing" });
  })
  .transform((value) => (value.examKind ? value : { ...value, examDate: null }));
export type StudySettingsInput = z.infer<typeof studySettingsSchema>;
