"use server";
// Leaving a class: the member themselves; leaveClass checks it.
import { revalidatePath } from "next/cache";
import { classRefSchema } from "@/lib/server/classes/class-input";
import { leaveClass } from "@/lib/server/classes/membership";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";

export const leaveClassAction = defineAction({
  read: ["classId"],
  schema: classRefSchema,
  invalid: REFUSED,
  run: (actor, { classId }) => leaveClass(actor, classId),
  done: () => {
    revalidatePath("/");
    return { ok: true };
  },
});
