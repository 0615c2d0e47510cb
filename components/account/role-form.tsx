"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changeRoleAction } from "@/lib/actions/admin/change-role";
import type { ActionResult } from "@/lib/actions/action-result";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

const ROLE_NAMES = ["learner", "instructor", "admin"] as const;

export function RoleForm({ userId, role, email }: { userId: string; role: string; email: string }) {
  const t = useTranslations("admin");
  const tRoles = useTranslations("account.roles");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changeRoleAction, null);
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label className="sr-only" htmlFor={`role-${userId}`}>{`${t("role")}: ${email}`}</label>
      <select
        id={`role-${userId}`}
        name="role"
        defaultValue={role}
        className="min-h-11 rounded-md border border-slate-300 bg-white px-2 dark:border-slate-600 dark:bg-slate-800"
      >
        {ROLE_NAMES.map((name) => (
          <option key={name} value={name}>
            {tRoles(name)}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600"
      >
        {t("save")}
      </button>
      {state && !state.ok && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {state.formError === "lastAdmin" ? t("lastAdmin") : state.formError}
        </span>
      )}
    </form>
  );
}
