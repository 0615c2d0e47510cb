"use server";
// Open to anonymous callers by nature; a signed-in caller is refused (no second account by accident).
import { signUpSchema } from "@/lib/schemas/sign-up";
import { createUser } from "@/lib/server/users/create-user";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

export async function signUpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = signUpSchema.safeParse({ email: formData.get("email") ?? "", name: formData.get("name") ?? "", password: formData.get("password") ?? "" });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  if (await getCurrentUser()) return { ok: false, formError: "forbidden" };
  const result = await createUser(input.data);
  return result.ok ? { ok: true } : { ok: false, fieldErrors: result.fieldErrors };
}
