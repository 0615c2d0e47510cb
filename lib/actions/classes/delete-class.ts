"use server";
// Managing a class: its owner (an instructor) or an admin; deleteClass checks it.
import { deleteClass } from "@/lib/server/classes/update-class";
import { defineAction } from "../define-action";
import { CLASS_LIST, ONE_CLASS_FORM } from "./class-form";

export const deleteClassAction = defineAction({
  ...ONE_CLASS_FORM,
  run: (actor, { classId }) => deleteClass(actor, classId),
  revalidate: () => [CLASS_LIST],
  redirect: () => CLASS_LIST,
});
