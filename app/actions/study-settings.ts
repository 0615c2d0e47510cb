"use server";
// The caller's own study settings only; saveStudySettings checks the caller and the deck.
import { revalidatePath } from "next/cache";
import { studySettingsSchema } from "@/lib/schemas/study-settings";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { saveStudySettings } from "@/lib/server/users/study-settings";
import { authFailure, fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

const FIELDS = ["timeZone", "rolloverHour", "desiredRetention", "deckSlug", "newPerDay", "reviewsPerDay", "deckRetention", "examKind", "examDate"];

export async function saveStudySettingsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = studySettingsSchema.safeParse(Object.fromEntries(FIELDS.map((k) => [k, formData.get(k) ?? ""])));
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  try {
    await saveStudySettings(await getCurrentUser(), input.data, new Date());
  } catch (error) {
    // The exam day is checked against the learner's own "today", known only on the server.
    if (error instanceof AppError && error.code === "INVALID_INPUT" && error.details?.fieldErrors) {
      return { ok: false, fieldErrors: error.details.fieldErrors as Record<string, string> };
    }
    return authFailure(error);
  }
  revalidatePath("/settings");
  revalidatePath("/dashboard");
  return { ok: true };
}
