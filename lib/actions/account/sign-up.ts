"use server";
// Open to anonymous callers by nature; a signed-in caller is refused (no second account by accident).
import { headers } from "next/headers";
import { signUpSchema } from "@/lib/schemas/sign-up";
import { clientIp } from "@/lib/server/auth/client-ip";
import { signUp } from "@/lib/server/users/sign-up";
import { defineAction } from "../define-action";

export const signUpAction = defineAction({
  read: ["email", "name", "password"],
  schema: signUpSchema,
  run: async (actor, input) => signUp(actor, input, clientIp(await headers()), new Date()),
  errors: { TOO_MANY_REQUESTS: { ok: false, formError: "throttled" } },
  done: (result) => (result.ok ? { ok: true } : { ok: false, fieldErrors: result.fieldErrors }),
});
