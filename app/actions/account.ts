"use server";
// Every action here acts on the caller's own account only; lib/server checks the caller again.
import { redirect } from "next/navigation";
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { changePassword, deleteAccount, signOutEverywhere } from "@/lib/server/users/account";
import { authFailure, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(1) });

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = changePasswordSchema.safeParse({ currentPassword: formData.get("currentPassword") ?? "", newPassword: formData.get("newPassword") ?? "" });
  if (!input.success) return { ok: false, fieldErrors: Object.fromEntries(input.error.issues.map((i) => [String(i.path[0]), "required"])) };
  let result;
  try {
    result = await changePassword({ actor: await getCurrentUser(), ...input.data });
  } catch (error) {
    return authFailure(error);
  }
  if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors };
  redirect("/signin?notice=passwordChanged");
}

export async function signOutEverywhereAction(): Promise<void> {
  const actor = await getCurrentUser();
  if (!actor) redirect("/signin");
  await signOutEverywhere({ actor });
  redirect("/signin?notice=signedOut");
}

export async function deleteAccountAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const confirmEmail = z.string().max(300).safeParse(formData.get("confirmEmail") ?? "");
  if (!confirmEmail.success) return { ok: false, fieldErrors: { confirmEmail: "required" } };
  let result;
  try {
    result = await deleteAccount({ actor: await getCurrentUser(), confirmEmail: confirmEmail.data });
  } catch (error) {
    return authFailure(error);
  }
  if (!result.ok) return result.reason === "lastAdmin" ? { ok: false, fieldErrors: { confirmEmail: "lastAdmin" } } : { ok: false, fieldErrors: { confirmEmail: "mismatch" } };
  redirect("/?notice=accountDeleted");
}
