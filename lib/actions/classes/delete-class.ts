"use server";
// Managing a class: its owner (an instructor) or an admin; deleteClass checks it.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { classRefSchema } from "@/lib/server/classes/class-input";
import { deleteClass } from "@/lib/server/classes/update-class";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";
import { CLASS_LIST } from "./class-paths";

export const deleteClassAction = defineAction({
  read: ["classId"],
  schema: classRefSchema,
  invalid: REFUSED,
  run: (actor, { classId }) => deleteClass(actor, classId),
  done: () => {
    revalidatePath(CLASS_LIST);
    redirect(CLASS_LIST);
  },
});
