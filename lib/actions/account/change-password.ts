"use server";
// The caller's own password only; changePassword checks the caller again.
import { z } from "zod";
import { changePassword } from "@/lib/server/users/account";
import { defineAction } from "../define-action";

const changePasswordSchema = z.object({ currentPassword: z.string().min(1), newPassword: z.string().min(1) });

export const changePasswordAction = defineAction({
  read: ["currentPassword", "newPassword"],
  schema: changePasswordSchema,
  run: (actor, input) => changePassword({ actor, ...input }),
  done: (result) => (result.ok ? { ok: true } : { ok: false, fieldErrors: result.fieldErrors }),
  redirect: () => "/signin?notice=passwordChanged",
});
