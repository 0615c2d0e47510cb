"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { deleteAccountAction } from "@/lib/actions/account/delete-account";
import type { ActionResult } from "@/lib/actions/action-result";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";
import { dangerButton, Field } from "@/components/ui/field";

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(deleteAccountAction, null);
  const problem = state && !state.ok ? state.fieldErrors?.confirmEmail : undefined;
  const mismatch = problem === "lastAdmin" ? t("deleteLastAdmin") : problem ? t("deleteMismatch") : null;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <Field label={t("deleteConfirm")} name="confirmEmail" type="email" autoComplete="off" required error={mismatch} />
      <button type="submit" disabled={pending} className={dangerButton}>
        {t("deleteButton")}
      </button>
    </form>
  );
}
