"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setClassDecksAction } from "@/lib/actions/classes/set-class-decks";
import type { ActionResult } from "@/lib/actions/action-result";
import type { UsableDeck } from "@/lib/server/classes/list-usable-decks";
import { primaryButton } from "@/components/ui/field";
import { submitWithoutReset } from "@/components/ui/submit-without-reset";

export function ClassDecksForm({ classId, decks }: { classId: string; decks: UsableDeck[] }) {
  const t = useTranslations("classes");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(setClassDecksAction, null);
  if (decks.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-300">{t("noUsableDecks")}</p>;
  return (
    <form action={action} onSubmit={submitWithoutReset(action)} className="space-y-3">
      <input type="hidden" name="classId" value={classId} />
      <fieldset className="space-y-1">
        <legend className="sr-only">{t("decksHeading")}</legend>
        {decks.map((deck) => (
          <label
            key={deck.slug}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded-lg px-2 hover:bg-slate-50 dark:hover:bg-slate-800"
          >
            <input
              type="checkbox"
              name="deckSlugs"
              value={deck.slug}
              defaultChecked={deck.isSelected}
              className="size-5 shrink-0 accent-sky-700"
            />
            <span className="min-w-0">
              <span className="block font-medium break-words">{deck.title}</span>
              <span className="block text-xs text-slate-600 dark:text-slate-400">
                {deck.isBuiltIn ? t("builtIn") : t("ownDeck")}
                {!deck.isPublished && ` · ${t("draft")}`}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending} className={primaryButton}>
          {pending ? t("working") : t("saveDecks")}
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
