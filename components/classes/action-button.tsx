"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/action-result";
import { dangerButton, primaryButton, secondaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

type ServerAction = (previous: ActionResult | null, formData: FormData) => Promise<ActionResult>;
const STYLES = { primary: primaryButton, secondary: secondaryButton, danger: dangerButton } as const;

/**
 * One button that runs a class action with fixed hidden fields, asks first when the step cannot be
 * undone, and shows the outcome next to the button.
 */
export function ActionButton({
  action,
  fields,
  label,
  variant = "secondary",
  confirmText,
  doneText,
  className,
}: {
  action: ServerAction;
  fields: Record<string, string>;
  label: string;
  variant?: keyof typeof STYLES;
  confirmText?: string;
  doneText?: string;
  className?: string;
}) {
  const t = useTranslations("classes");
  const [state, run, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const submit = submitWithoutReset(run);
  return (
    <form
      action={run}
      onSubmit={(event) => {
        if (confirmText && !window.confirm(confirmText)) return event.preventDefault();
        submit(event);
      }}
      className={`flex flex-wrap items-center gap-2 ${className ?? ""}`}
    >
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={STYLES[variant]}>
        {pending ? t("working") : label}
      </button>
      {state?.ok && doneText && (
        <span role="status" className="text-sm text-emerald-800 dark:text-emerald-300">
          {doneText}
        </span>
      )}
      {state && !state.ok && state.formError && (
        <span role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {t(`errors.${state.formError}` as "errors.forbidden")}
        </span>
      )}
    </form>
  );
}
