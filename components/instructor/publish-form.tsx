"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { publishDeckAction } from "@/lib/actions/decks/publish-deck";
import type { ActionResult } from "@/lib/actions/action-result";
import type { PublishPlan } from "@/lib/server/editor/publish-draft";
import { primaryButton } from "@/components/ui/field";

/** What publishing will do; each changed item can be marked major (learners' progress on it restarts). */
export function PublishForm({ slug, publish }: { slug: string; publish: PublishPlan }) {
  const t = useTranslations("instructor.publish");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(publishDeckAction, null);
  if (!publish.ok) {
    return (
      <div role="alert" className="space-y-2 rounded-lg border border-red-300 p-3 dark:border-red-800">
        <p className="font-medium text-red-700 dark:text-red-400">
          {t("problems", { count: publish.problems.length })}
        </p>
        <ul className="list-disc pl-5 text-sm">
          {publish.problems.map((p, i) => (
            <li key={i}>
              {p.itemKey ? <span className="font-mono">{p.itemKey}</span> : t("deckLevel")}: {p.message}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  const { plan } = publish;
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="slug" value={slug} />
      <p className="text-sm" data-testid="publish-summary">
        {t("summary", {
          added: plan.added.length,
          changed: plan.changed.length,
          unchanged: plan.unchanged.length,
          removed: plan.removed.length,
        })}
      </p>
      {plan.changed.length > 0 && (
        <fieldset className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700">
          <legend className="px-1 text-sm font-semibold">{t("changedLegend")}</legend>
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("majorHelp")}</p>
          {plan.changed.map((key) => (
            <label key={key} className="flex min-h-11 items-center gap-3 text-sm">
              <input type="checkbox" name="major" value={key} className="h-5 w-5" />
              <span>
                <span className="font-mono">{key}</span> — {t("major")}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      {plan.removed.length > 0 && <p className="text-sm">{t("removedNote", { keys: plan.removed.join(", ") })}</p>}
      {state?.ok && (
        <p role="status" className="text-sm font-medium text-green-700 dark:text-green-400">
          {t("done")}
        </p>
      )}
      {state && !state.ok && (
        <p role="alert" className="text-sm font-medium text-red-700 dark:text-red-400">
          {t(state.formError === "draftHasErrors" ? "problems" : "forbidden", { count: 1 })}
        </p>
      )}
      <button type="submit" className={primaryButton} disabled={pending || !publish.hasChanges}>
        {publish.hasChanges ? t("submit") : t("nothingToPublish")}
      </button>
    </form>
  );
}
