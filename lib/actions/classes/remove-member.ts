"use server";
// Managing a class: its owner (an instructor) or an admin; removeMember checks it.
import { z } from "zod";
import { classIdSchema, userIdSchema } from "@/lib/server/classes/class-input";
import { removeMember } from "@/lib/server/classes/remove-member";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";
import { classPage } from "./class-form";

const removeMemberSchema = z.object({ classId: classIdSchema, userId: userIdSchema });

export const removeMemberAction = defineAction({
  read: ["classId", "userId"],
  schema: removeMemberSchema,
  invalid: REFUSED,
  run: (actor, { classId, userId }) => removeMember(actor, classId, userId),
  revalidate: (_, { classId }) => [classPage(classId)],
});
