"use server";
// Leaving a class: the member themselves; leaveClass checks it.
import { leaveClass } from "@/lib/server/classes/membership";
import { defineAction } from "../define-action";
import { ONE_CLASS_FORM } from "./class-form";

export const leaveClassAction = defineAction({
  ...ONE_CLASS_FORM,
  run: (actor, { classId }) => leaveClass(actor, classId),
  revalidate: () => ["/"],
});
