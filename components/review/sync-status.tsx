"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { ConflictRecord } from "@/lib/client/outbox";

/**
 * "Offline" and "N reviews waiting to sync", and ratings the server refused for good (the card was
 * edited, retired or reviewed elsewhere meanwhile), each with its reason: never dropped silently.
 */
export function SyncStatus({
  offline,
  pending,
  conflicts,
  onDismiss,
}: {
  offline: boolean;
  pending: number;
  conflicts: ConflictRecord[];
  onDismiss: () => void;
}) {
  const t = useTranslations("review.sync");
  const synced = useSyncedConfirmation(offline, pending);
  if (!offline && pending === 0 && conflicts.length === 0) {
    return synced ? (
      <p
        role="status"
        data-testid="synced"
        className="rounded-lg bg-green-50 px-3 py-2 text-sm font-medium text-green-900 dark:bg-green-950 dark:text-green-100"
      >
        ✓ {t("synced")}
      </p>
    ) : null;
  }
  return (
    <div className="space-y-2 text-sm">
      {(offline || pending > 0) && (
        <p
          role="status"
          data-testid="sync-status"
          className="flex items-center gap-2 rounded-lg bg-slate-100 px-3 py-2 font-medium text-slate-900 dark:bg-slate-800 dark:text-slate-100"
        >
          <span
            aria-hidden="true"
            className={`inline-block size-2.5 shrink-0 rounded-full ${offline ? "bg-amber-600" : "bg-sky-600"}`}
          />
          <span>
            {offline ? t("offline") : null}
            {offline && pending > 0 ? " · " : null}
            {pending > 0 ? <span data-testid="pending-count">{t("pending", { count: pending })}</span> : null}
          </span>
        </p>
      )}
      {conflicts.length > 0 && (
        <div
          role="alert"
          className="space-y-1 rounded-lg border border-amber-400 p-3 dark:border-amber-700"
          data-testid="sync-conflicts"
        >
          <p className="font-semibold">{t("conflictsTitle", { count: conflicts.length })}</p>
          <ul className="list-disc pl-5">
            {conflicts.map((c) => (
              <li key={c.reviewId}>
                <span className="font-mono text-xs">{c.review.cardId}</span>: {t(`codes.${c.code}`)}
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDismiss} className="min-h-11 font-medium underline">
            {t("dismiss")}
          </button>
        </div>
      )}
    </div>
  );
}

const SYNCED_SHOWN_MS = 4000;
// A rating sent at once settles in well under a second: only ratings that had to wait (offline, a
// failing network, an expired session) earn a confirmation, or it would flash after every card.
const WAITED_MS = 1500;

/** True for a few seconds after the outbox empties while online, having held ratings that waited (offline, or long). */
function useSyncedConfirmation(offline: boolean, pending: number): boolean {
  const [shown, setShown] = useState(false);
  const waitingSince = useRef<number | null>(null);
  const heldOffline = useRef(false);
  useEffect(() => {
    if (pending > 0) {
      waitingSince.current ??= Date.now();
      if (offline) heldOffline.current = true;
      setShown(false);
      return;
    }
    if (offline || waitingSince.current === null) return;
    const waited = heldOffline.current || Date.now() - waitingSince.current >= WAITED_MS;
    waitingSince.current = null;
    heldOffline.current = false;
    if (!waited) return;
    setShown(true);
    const timer = setTimeout(() => setShown(false), SYNCED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offline, pending]);
  return shown;
}
