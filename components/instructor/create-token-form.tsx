"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createTokenAction, type CreateTokenResult } from "@/lib/actions/tokens/create-token";
import { Field, primaryButton } from "@/components/ui/field";

/** Creates a token and shows it once; it cannot be shown again. */
export function CreateTokenForm() {
  const t = useTranslations("instructor.tokens");
  const [state, action, pending] = useActionState<CreateTokenResult | null, FormData>(createTokenAction, null);
  const created = state && state.ok && "token" in state ? state : null;
  return (
    <div className="space-y-3">
      <form action={action} className="space-y-3" noValidate>
        <Field
          label={t("name")}
          name="name"
          hint={t("nameHint")}
          error={state && !state.ok && "fieldErrors" in state && state.fieldErrors?.name ? t("nameRequired") : null}
        />
        {state && !state.ok && "formError" in state && state.formError && (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {t(state.formError === "tooManyTokens" ? "tooMany" : "forbidden")}
          </p>
        )}
        <button type="submit" className={primaryButton} disabled={pending}>
          {t("create")}
        </button>
      </form>
      {created && (
        <div
          role="status"
          className="space-y-2 rounded-lg border border-green-300 bg-green-50 p-3 dark:border-green-800 dark:bg-green-950"
        >
          <p className="text-sm font-semibold">{t("shownOnce", { name: created.name })}</p>
          <label htmlFor="new-token" className="sr-only">
            {t("tokenLabel")}
          </label>
          <input
            id="new-token"
            readOnly
            value={created.token}
            data-testid="new-token"
            className="block min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 font-mono text-sm dark:border-slate-600 dark:bg-slate-800"
            onFocus={(e) => e.target.select()}
          />
        </div>
      )}
    </div>
  );
}
