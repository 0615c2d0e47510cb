// What class actions share (not a "use server" file: it exports no action).
import { z } from "zod";
import { classIdSchema } from "@/lib/server/classes/class-input";
import { REFUSED } from "../action-result";

export const CLASS_LIST = "/instructor/classes";
export const classPage = (classId: string) => `${CLASS_LIST}/${classId}`;

/** A form naming one class: a bad id never comes from our own forms, so it is answered like a class that is not there. */
export const ONE_CLASS_FORM = {
  read: ["classId"],
  schema: z.object({ classId: classIdSchema }),
  invalid: REFUSED,
} as const;
