"use server";
// Open to anonymous callers by nature; a signed-in caller is refused (no second account by accident).
import { signUpSchema } from "@/lib/schemas/sign-up";
import { createUser } from "@/lib/server/users/create-user";
import { headers } from "next/headers";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { clientIp } from "@/lib/server/auth/client-ip";
import { allowSignUp } from "@/lib/server/auth/hash-throttle";
import { fieldErrorsOf, type ActionResult, NOT_A_FORM, isForm } from "./action-result";

export async function signUpAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  if (!isForm(formData)) return NOT_A_FORM;
  const input = signUpSchema.safeParse({ email: formData.get("email") ?? "", name: formData.get("name") ?? "", password: formData.get("password") ?? "" });
  if (!input.success) return { ok: false, fieldErrors: fieldErrorsOf(input.error.issues) };
  if (await getCurrentUser()) return { ok: false, formError: "forbidden" };
  if (!(await allowSignUp(clientIp(await headers()), new Date()))) return { ok: false, formError: "throttled" };
  const result = await createUser(input.data);
  return result.ok ? { ok: true } : { ok: false, fieldErrors: result.fieldErrors };
}
