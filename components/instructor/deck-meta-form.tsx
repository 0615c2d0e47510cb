"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveDeckMetaAction } from "@/lib/actions/decks/save-deck-meta";
import type { ActionResult } from "@/lib/actions/action-result";
import type { DeckDraft } from "@/lib/core/editor/deck-draft";
import { Field, primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

/** Title, description, language and sections (id + title; an empty row adds one). */
export function DeckMetaForm({ slug, front }: { slug: string; front: DeckDraft["front"] }) {
  const t = useTranslations("instructor.meta");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveDeckMetaAction, null);
  const error = (name: string) => (state && !state.ok && state.fieldErrors?.[name] ? t("invalid") : null);
  const rows = [...front.sections, { id: "", title: "", notes: "" }];
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <Field label={t("deckTitle")} name="title" defaultValue={front.title} error={error("title")} />
      <Field
        label={t("description")}
        name="description"
        defaultValue={front.description ?? ""}
        error={error("description")}
      />
      <div className="space-y-1">
        <label htmlFor="meta-language" className="block text-sm font-medium">
          {t("language")}
        </label>
        <select
          id="meta-language"
          name="language"
          defaultValue={front.language}
          className="min-h-12 w-full rounded-lg border border-slate-300 bg-white px-3 dark:border-slate-600 dark:bg-slate-800"
        >
          <option value="ja">日本語</option>
          <option value="en">English</option>
        </select>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("sections")}</legend>
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("sectionsHint")}</p>
        {rows.map((section, i) => (
          <div key={i} className="grid grid-cols-2 gap-2">
            <Field
              label={t("sectionId", { n: i + 1 })}
              name="sectionId"
              id={`sectionId-${i}`}
              defaultValue={section.id}
            />
            <Field
              label={t("sectionTitle", { n: i + 1 })}
              name="sectionTitle"
              id={`sectionTitle-${i}`}
              defaultValue={section.title}
            />
          </div>
        ))}
        {state && !state.ok && (state.fieldErrors?.sections || state.formError) && (
          <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
            {state.formError && state.formError !== "forbidden" ? state.formError : t("invalid")}
          </p>
        )}
      </fieldset>
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
