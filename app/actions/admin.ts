"use server";
// Admin only: changeUserRole checks the caller's role itself.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCurrentUser, ROLES } from "@/lib/server/auth/current-user";
import { changeUserRole } from "@/lib/server/users/manage-users";
import { AppError } from "@/lib/server/errors";
import { authFailure, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

const changeRoleSchema = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });

export async function changeRoleAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = changeRoleSchema.safeParse({ userId: formData.get("userId"), role: formData.get("role") });
  if (!input.success) return { ok: false, formError: "forbidden" };
  try {
    await changeUserRole({ actor: await getCurrentUser(), ...input.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT") return { ok: false, formError: "lastAdmin" };
    return authFailure(error);
  }
  revalidatePath("/admin/users");
  return { ok: true };
}
