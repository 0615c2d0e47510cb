"use server";
// The card browser of study settings: unsuspend or unbury one of the caller's own cards.
// setCardFlag checks the caller and that they may study the card's deck.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { setCardFlag } from "@/lib/server/reviews/set-card-flag";
import { authFailure, fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

const restoreSchema = z.object({
  cardId: z.string().min(1).max(300),
  action: z.enum(["unsuspend", "unbury"]),
});

/** `message` is "restored", or "unchanged" when the card was no longer suspended or buried. */
export async function restoreCardAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = restoreSchema.safeParse({ cardId: formData.get("cardId") ?? "", action: formData.get("action") ?? "" });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  let changed: boolean;
  try {
    ({ changed } = await setCardFlag(await getCurrentUser(), input.data.cardId, input.data.action, new Date()));
  } catch (error) {
    return authFailure(error);
  }
  revalidatePath("/settings");
  return { ok: true, message: changed ? "restored" : "unchanged" };
}
