"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createQuizAction } from "@/app/actions/quiz";
import type { ActionResult } from "@/app/actions/action-result";
import { primaryButton } from "@/components/ui/field";

const TYPES = ["typed", "choice", "truefalse", "ordering", "kubectl", "manifest"] as const;
const box = "flex min-h-11 items-center gap-2 rounded-lg border border-slate-200 px-3 dark:border-slate-700";

export function QuizSetupForm({ deckSlug, sections }: { deckSlug: string; sections: { id: string; title: string }[] }) {
  const t = useTranslations("quiz");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(createQuizAction, null);
  return (
    <form action={action} className="space-y-5">
      <input type="hidden" name="deckSlug" value={deckSlug} />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("types")}</legend>
        <div className="grid grid-cols-2 gap-2">
          {TYPES.map((type) => (
            <label key={type} className={box}>
              <input type="checkbox" name="types" value={type} className="size-5" /> {t(`typeNames.${type}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="font-semibold">{t("sections")}</legend>
        <div className="grid gap-2 sm:grid-cols-2">
          {sections.map((section) => (
            <label key={section.id} className={box}>
              <input type="checkbox" name="sections" value={section.id} className="size-5" /> {section.title}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap gap-4">
        <label className="space-y-1">
          <span className="block font-semibold">{t("length")}</span>
          <input type="number" name="length" min={1} max={50} defaultValue={10} className="min-h-12 w-24 rounded-lg border border-slate-300 px-3 dark:border-slate-600 dark:bg-slate-800" />
        </label>
        <fieldset className="space-y-1">
          <legend className="font-semibold">{t("mode")}</legend>
          <label className="flex min-h-11 items-center gap-2"><input type="radio" name="mode" value="practice" defaultChecked className="size-5" /> {t("practice")}</label>
          <label className="flex min-h-11 items-center gap-2"><input type="radio" name="mode" value="exam" className="size-5" /> {t("exam")}</label>
        </fieldset>
      </div>
      {state && !state.ok && <p role="alert" className="font-medium text-red-700 dark:text-red-400">{t("noQuestions")}</p>}
      <button type="submit" disabled={pending} className={primaryButton}>{t("start")}</button>
    </form>
  );
}
