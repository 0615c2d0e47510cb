"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createDeckAction } from "@/lib/actions/decks/create-deck";
import type { ActionResult } from "@/lib/actions/action-result";
import { Field, primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

export function CreateDeckForm() {
  const t = useTranslations("instructor.create");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(createDeckAction, null);
  const error = (name: string) => {
    const code = state && !state.ok ? state.fieldErrors?.[name] : undefined;
    return code
      ? t(code === "invalid-taken" ? "slugTaken" : code === "invalid-slug" ? "slugInvalid" : "required")
      : null;
  };
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <Field label={t("title")} name="title" required error={error("title")} />
      <Field
        label={t("slug")}
        name="slug"
        required
        hint={t("slugHint")}
        error={error("slug")}
        autoCapitalize="none"
        spellCheck={false}
      />
      <div className="space-y-1">
        <label htmlFor="language" className="block text-sm font-medium">
          {t("language")}
        </label>
        <select
          id="language"
          name="language"
          className="min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-800"
        >
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
      </div>
      <Field label={t("firstSection")} name="sectionTitle" required defaultValue="Pod" error={error("sectionTitle")} />
      {state && !state.ok && state.formError && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {t("forbidden")}
        </p>
      )}
      <button type="submit" className={primaryButton} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
