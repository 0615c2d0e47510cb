"use server";
// The caller's own study settings only; saveStudySettings checks the caller and the deck.
import { studySettingsSchema } from "@/lib/schemas/study-settings";
import { saveStudySettings } from "@/lib/server/users/study-settings";
import { defineAction } from "../define-action";

export const saveStudySettingsAction = defineAction({
  read: [
    "timeZone",
    "rolloverHour",
    "desiredRetention",
    "deckSlug",
    "newPerDay",
    "reviewsPerDay",
    "deckRetention",
    "examKind",
    "examDate",
  ],
  schema: studySettingsSchema,
  run: (actor, input) => saveStudySettings(actor, input, new Date()),
  // The exam day is checked against the learner's own "today", known only on the server.
  errors: {
    INVALID_INPUT: (error) =>
      error.details?.fieldErrors
        ? { ok: false, fieldErrors: error.details.fieldErrors as Record<string, string> }
        : undefined,
  },
  revalidate: () => ["/settings", "/dashboard"],
});
