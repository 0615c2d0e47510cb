"use server";
// The caller's own account only; deleteAccount checks the caller and the typed e-mail again.
import { z } from "zod";
import { deleteAccount } from "@/lib/server/users/account";
import { defineAction } from "../define-action";

const deleteAccountSchema = z.object({ confirmEmail: z.string().max(300) });

export const deleteAccountAction = defineAction({
  read: ["confirmEmail"],
  schema: deleteAccountSchema,
  run: (actor, input) => deleteAccount({ actor, ...input }),
  done: (result) =>
    result.ok
      ? { ok: true }
      : { ok: false, fieldErrors: { confirmEmail: result.reason === "lastAdmin" ? "lastAdmin" : "mismatch" } },
  redirect: () => "/?notice=accountDeleted",
});
