"use server";
// Managing a class: its owner (an instructor) or an admin; regenerateInvite checks it.
import { regenerateInvite } from "@/lib/server/classes/update-class";
import { defineAction } from "../define-action";
import { classPage, ONE_CLASS_FORM } from "./class-form";

export const regenerateInviteAction = defineAction({
  ...ONE_CLASS_FORM,
  run: (actor, { classId }) => regenerateInvite(actor, classId),
  revalidate: (_, { classId }) => [classPage(classId)],
});
