"use server";
// Anyone signed in holding a current invite code; joinClass checks the code.
import { z } from "zod";
import { joinClass } from "@/lib/server/classes/membership";
import type { ActionResult } from "../action-result";
import { defineAction } from "../define-action";

const INVALID_INVITE: ActionResult = { ok: false, formError: "invalidInvite" };
const joinClassSchema = z.object({ code: z.string().max(64) });

export const joinClassAction = defineAction({
  read: ["code"],
  schema: joinClassSchema,
  invalid: INVALID_INVITE,
  run: (actor, { code }) => joinClass(actor, code),
  errors: { NOT_FOUND: INVALID_INVITE },
  revalidate: () => ["/"],
  redirect: () => "/",
});
