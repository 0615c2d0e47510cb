"use server";
// Managing a class: its owner (an instructor) or an admin; renameClass checks it.
import { z } from "zod";
import { classIdSchema, classNameSchema } from "@/lib/server/classes/class-input";
import { renameClass } from "@/lib/server/classes/update-class";
import { defineAction } from "../define-action";
import { classPage } from "./class-form";

const renameClassSchema = z.object({ classId: classIdSchema, name: classNameSchema });

export const renameClassAction = defineAction({
  read: ["classId", "name"],
  schema: renameClassSchema,
  run: (actor, { classId, name }) => renameClass(actor, classId, { name }),
  revalidate: (_, { classId }) => [classPage(classId)],
});
