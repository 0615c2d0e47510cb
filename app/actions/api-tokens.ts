"use server";
// API tokens for deck-as-code. The new token is returned once, to the page that made it.
import { revalidatePath } from "next/cache";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { createApiToken, revokeApiToken } from "@/lib/server/tokens/api-tokens";
import { authFailure, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

export type CreateTokenResult = ActionResult | { ok: true; token: string; name: string };

export async function createTokenAction(_previous: CreateTokenResult | null, formData: FormData): Promise<CreateTokenResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  try {
    const created = await createApiToken(await getCurrentUser(), { name: formData.get("name") });
    revalidatePath("/instructor/tokens");
    return { ok: true, token: created.token, name: created.name };
  } catch (error) {
    if (error instanceof AppError && error.code === "INVALID_INPUT") return { ok: false, fieldErrors: { name: "required" } };
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, formError: "tooManyTokens" };
    return authFailure(error);
  }
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  if (!isForm(formData)) return;
  try {
    await revokeApiToken(await getCurrentUser(), String(formData.get("tokenId") ?? ""));
  } catch (error) {
    authFailure(error);
    return;
  }
  revalidatePath("/instructor/tokens");
}
