"use server";
// Managing a class: its owner (an instructor) or an admin; regenerateInvite checks it.
import { revalidatePath } from "next/cache";
import { classRefSchema } from "@/lib/server/classes/class-input";
import { regenerateInvite } from "@/lib/server/classes/update-class";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";
import { classPage } from "./class-paths";

export const regenerateInviteAction = defineAction({
  read: ["classId"],
  schema: classRefSchema,
  // Bad ids never come from our own forms: answered like a class that is not there.
  invalid: REFUSED,
  run: (actor, { classId }) => regenerateInvite(actor, classId),
  done: (_, { classId }) => {
    revalidatePath(classPage(classId));
    return { ok: true };
  },
});
