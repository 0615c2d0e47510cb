"use server";
// The caller's own study settings only; saveStudySettings checks the caller and the deck.
import { revalidatePath } from "next/cache";
import { studySettingsSchema } from "@/lib/schemas/study-settings";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { saveStudySettings } from "@/lib/server/users/study-settings";
import { authFailure, fieldErrorsOf, type ActionResult } from "./action-result";

export async function saveStudySettingsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const input = studySettingsSchema.safeParse(Object.fromEntries(["timeZone", "rolloverHour", "desiredRetention", "deckSlug", "newPerDay", "reviewsPerDay", "deckRetention"].map((k) => [k, formData.get(k) ?? ""])));
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  try {
    await saveStudySettings(await getCurrentUser(), input.data);
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath("/settings");
  return { ok: true };
}
