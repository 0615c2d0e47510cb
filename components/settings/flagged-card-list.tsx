"use client";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { restoreCardAction } from "@/lib/actions/settings/restore-card";
import type { ActionResult } from "@/lib/actions/action-result";
import type { FlaggedCard } from "@/lib/server/reviews/flagged-cards";

const badge = "rounded px-1.5 py-0.5 text-xs font-semibold";

/**
 * The rows of the card browser, each with Unsuspend and/or Unbury. The action revalidates the page,
 * so a restored card leaves a filtered list at once; the message above the list says what happened.
 */
export function FlaggedCardList({ rows }: { rows: FlaggedCard[] }) {
  const t = useTranslations("cardBrowser");
  const tErrors = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(restoreCardAction, null);
  const message = !state
    ? null
    : state.ok
      ? t(state.message === "unchanged" ? "unchanged" : "restored")
      : tErrors(state.formError === "signInRequired" ? "signInRequired" : "forbidden");
  return (
    <div className="space-y-2">
      <p
        role="status"
        className="min-h-5 text-sm font-medium text-green-800 empty:min-h-0 dark:text-green-300"
        data-testid="card-browser-status"
      >
        {message}
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-300">{t("empty")}</p>
      ) : (
        <ul className="space-y-2" data-testid="flagged-cards">
          {rows.map((row) => (
            <li
              key={row.cardId}
              data-card-id={row.cardId}
              className="space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
            >
              <div
                className="prose-card max-h-32 overflow-hidden text-sm"
                dangerouslySetInnerHTML={{ __html: row.promptHtml }}
              />
              <p className="flex flex-wrap items-center gap-1.5">
                {row.suspended && (
                  <span className={`${badge} bg-amber-100 text-amber-950 dark:bg-amber-900 dark:text-amber-50`}>
                    {t("badges.suspended")}
                  </span>
                )}
                {row.buried && (
                  <span className={`${badge} bg-slate-200 text-slate-900 dark:bg-slate-700 dark:text-slate-50`}>
                    {t("badges.buried")}
                  </span>
                )}
                {row.leech && (
                  <span className={`${badge} bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-50`}>
                    {t("badges.leech")}
                  </span>
                )}
                {row.lapses > 0 && (
                  <span className="text-xs text-slate-600 dark:text-slate-300">
                    {t("lapses", { count: row.lapses })}
                  </span>
                )}
              </p>
              <div className="flex flex-wrap gap-2">
                {row.suspended && (
                  <RestoreButton
                    cardId={row.cardId}
                    kind="unsuspend"
                    label={t("unsuspend")}
                    action={action}
                    pending={pending}
                  />
                )}
                {row.buried && (
                  <RestoreButton
                    cardId={row.cardId}
                    kind="unbury"
                    label={t("unbury")}
                    action={action}
                    pending={pending}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function RestoreButton({
  cardId,
  kind,
  label,
  action,
  pending,
}: {
  cardId: string;
  kind: "unsuspend" | "unbury";
  label: string;
  action: (formData: FormData) => void;
  pending: boolean;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="cardId" value={cardId} />
      <input type="hidden" name="action" value={kind} />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded-md border border-slate-300 px-3 text-sm font-medium disabled:opacity-50 dark:border-slate-600"
      >
        {label}
      </button>
    </form>
  );
}
