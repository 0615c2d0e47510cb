"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createClassAction } from "@/lib/actions/classes/create-class";
import { renameClassAction } from "@/lib/actions/classes/rename-class";
import type { ActionResult } from "@/lib/actions/action-result";
import { Field, primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

/** Creates a class (no classId) or renames one. */
export function ClassNameForm({ classId, name }: { classId?: string; name?: string }) {
  const t = useTranslations("classes");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(
    classId ? renameClassAction : createClassAction,
    null,
  );
  const code = state && !state.ok ? state.fieldErrors?.name : undefined;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3" noValidate>
      {classId && <input type="hidden" name="classId" value={classId} />}
      <Field
        label={t("name")}
        name="name"
        type="text"
        defaultValue={name}
        maxLength={80}
        required
        hint={t("nameHint")}
        error={code ? t(`errors.${code}` as "errors.required") : null}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("working") : classId ? t("rename") : t("create")}
        </button>
        {state?.ok && (
          <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
            {t("saved")}
          </span>
        )}
        {state && !state.ok && state.formError && (
          <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {t(`errors.${state.formError}` as "errors.forbidden")}
          </span>
        )}
      </div>
    </form>
  );
}
