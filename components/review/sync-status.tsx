"use client";
import { useTranslations } from "next-intl";
import type { ConflictRecord } from "@/lib/client/outbox";

/**
 * "Offline" and "N reviews waiting to sync", and ratings the server refused for good (the card was
 * edited, retired or reviewed elsewhere meanwhile), each with its reason: never dropped silently.
 */
export function SyncStatus({ offline, pending, conflicts, onDismiss }: { offline: boolean; pending: number; conflicts: ConflictRecord[]; onDismiss: () => void }) {
  const t = useTranslations("review.sync");
  if (!offline && pending === 0 && conflicts.length === 0) return null;
  return (
    <div className="space-y-2 text-sm">
      {(offline || pending > 0) && (
        <p role="status" data-testid="sync-status" className="flex items-center gap-2 rounded-lg bg-slate-100 px-3 py-2 font-medium text-slate-900 dark:bg-slate-800 dark:text-slate-100">
          <span aria-hidden="true" className={`inline-block size-2.5 shrink-0 rounded-full ${offline ? "bg-amber-600" : "bg-sky-600"}`} />
          <span>
            {offline ? t("offline") : null}
            {offline && pending > 0 ? " · " : null}
            {pending > 0 ? <span data-testid="pending-count">{t("pending", { count: pending })}</span> : null}
          </span>
        </p>
      )}
      {conflicts.length > 0 && (
        <div role="alert" className="space-y-1 rounded-lg border border-amber-400 p-3 dark:border-amber-700" data-testid="sync-conflicts">
          <p className="font-semibold">{t("conflictsTitle", { count: conflicts.length })}</p>
          <ul className="list-disc pl-5">
            {conflicts.map((c) => <li key={c.reviewId}><span className="font-mono text-xs">{c.review.cardId}</span>: {t(`codes.${c.code}`)}</li>)}
          </ul>
          <button type="button" onClick={onDismiss} className="min-h-11 font-medium underline">{t("dismiss")}</button>
        </div>
      )}
    </div>
  );
}
