"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setDeckVisibilityAction } from "@/lib/actions/decks/set-deck-visibility";
import type { ActionResult } from "@/lib/actions/action-result";
import { primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

const CHOICES = ["private", "public"] as const;

/** Private (owner, admins, assigned classes) or public (every learner); applies at once. */
export function DeckVisibilityForm({ slug, visibility }: { slug: string; visibility: string }) {
  const t = useTranslations("instructor.visibility");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(setDeckVisibilityAction, null);
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <fieldset className="space-y-2">
        <legend className="sr-only">{t("title")}</legend>
        {CHOICES.map((choice) => (
          <label
            key={choice}
            className="flex min-h-11 items-start gap-3 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700"
          >
            <input
              type="radio"
              name="visibility"
              value={choice}
              defaultChecked={visibility === choice}
              className="mt-1 size-4"
              data-testid={`visibility-${choice}`}
            />
            <span>{t(choice)}</span>
          </label>
        ))}
      </fieldset>
      <p className="text-sm text-slate-600 dark:text-slate-300">{t("hint")}</p>
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {t("invalid")}
        </p>
      )}
      {state?.ok && (
        <p role="status" className="text-sm font-medium text-green-700 dark:text-green-400">
          {t("saved")}
        </p>
      )}
      <button type="submit" className={primaryButton} disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
