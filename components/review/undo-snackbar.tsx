"use client";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import type { UndoOffer } from "./use-review-session";

// Long enough to read and reach the button; Z and the Undo button above the card still work after.
const SHOWN_MS = 8000;

/** "Buried — Undo" / "Suspended — Undo", floating just above the bottom bar so nothing moves. */
export function UndoSnackbar({
  offer,
  disabled,
  onUndo,
  onHide,
}: {
  offer: UndoOffer | null;
  disabled: boolean;
  onUndo: () => void;
  onHide: () => void;
}) {
  const t = useTranslations("review.undoBar");
  useEffect(() => {
    if (!offer) return;
    const timer = setTimeout(onHide, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [offer, onHide]);
  return (
    <div role="status" className="pointer-events-none absolute inset-x-0 bottom-full mb-2 flex justify-center">
      {offer && (
        <div
          data-testid="undo-snackbar"
          data-action={offer.action}
          className="pointer-events-auto flex w-full max-w-md items-center justify-between gap-3 rounded-xl border border-sky-300 bg-sky-50 py-1 pr-1 pl-4 text-sm text-slate-900 shadow-lg dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50"
        >
          <span className="min-w-0">{t(offer.action === "bury" ? "buried" : "suspended")}</span>
          <button
            type="button"
            onClick={onUndo}
            disabled={disabled}
            aria-keyshortcuts="z"
            className="min-h-11 shrink-0 rounded-lg px-3 font-semibold text-sky-800 underline underline-offset-2 disabled:opacity-50 dark:text-sky-300"
          >
            {t("undo")}
          </button>
        </div>
      )}
    </div>
  );
}
