"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/lib/actions/account/change-password";
import type { ActionResult } from "@/lib/actions/action-result";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { Field, primaryButton } from "@/components/ui/field";

export function ChangePasswordForm({ label }: { label: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(changePasswordAction, null);
  const error = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name] : undefined;
    return code ? t(`errors.${code}` as "errors.required") : null;
  };
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <Field
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={error("currentPassword")}
      />
      <Field
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        error={error("newPassword")}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t("working") : label}
      </button>
    </form>
  );
}
