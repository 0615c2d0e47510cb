"use server";
// An instructor's new class, owned by the caller whatever the form says; createClass checks the role.
import { z } from "zod";
import { classNameSchema } from "@/lib/server/classes/class-input";
import { createClass } from "@/lib/server/classes/create-class";
import { defineAction } from "../define-action";
import { CLASS_LIST, classPage } from "./class-form";

const createClassSchema = z.object({ name: classNameSchema });

export const createClassAction = defineAction({
  read: ["name"],
  schema: createClassSchema,
  run: (actor, input) => createClass(actor, input),
  revalidate: () => [CLASS_LIST],
  redirect: ({ id }) => classPage(id),
});
