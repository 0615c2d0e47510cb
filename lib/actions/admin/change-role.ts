"use server";
// Admin only: changeUserRole checks the caller's role itself.
import { z } from "zod";
import { ROLES } from "@/lib/server/auth/current-user";
import { changeUserRole } from "@/lib/server/users/manage-users";
import { REFUSED } from "../action-result";
import { defineAction } from "../define-action";

const changeRoleSchema = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });

export const changeRoleAction = defineAction({
  read: (formData) => ({ userId: formData.get("userId"), role: formData.get("role") }),
  schema: changeRoleSchema,
  invalid: REFUSED,
  run: (actor, input) => changeUserRole({ actor, ...input }),
  errors: { CONFLICT: { ok: false, formError: "lastAdmin" } },
  revalidate: () => ["/admin/users"],
});
