"use server";
// "Optimise" in study settings: queues a fit of the caller's FSRS weights; it runs in the background
// (lib/server/fsrs/fsrs-fit-queue.ts) and the page shows its figures when done.
import { revalidatePath } from "next/cache";
import { optimiseFsrsSchema } from "@/lib/schemas/optimise-fsrs";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { requestFsrsFit } from "@/lib/server/fsrs/request-fsrs-fit";
import { authFailure, fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

/** `message` is "queued", or "already-queued" when a fit of the same weights was waiting or running. */
export async function optimiseFsrsAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = optimiseFsrsSchema.safeParse({ deckSlug: formData.get("deckSlug") ?? "", scope: formData.get("scope") ?? "" });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  let queued: boolean;
  try {
    ({ queued } = await requestFsrsFit(await getCurrentUser(), input.data, new Date()));
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, formError: "deckHasNoOwnRetention" };
    return authFailure(error);
  }
  revalidatePath("/settings");
  return { ok: true, message: queued ? "queued" : "already-queued" };
}
