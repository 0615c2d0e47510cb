"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";

/** "Finish the exam?" with what is still open, before anything is graded. */
export function FinishDialog({
  open,
  unanswered,
  flagged,
  onCancel,
  onConfirm,
  busy,
}: {
  open: boolean;
  unanswered: number[];
  flagged: number[];
  onCancel: () => void;
  onConfirm: () => void;
  busy: boolean;
}) {
  const t = useTranslations("quiz");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const numbers = (list: number[]) => list.map((n) => n + 1).join(", ");
  return (
    <dialog
      ref={ref}
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      aria-labelledby="finish-title"
      data-testid="finish-dialog"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] space-y-4 rounded-2xl bg-white p-5 text-slate-900 backdrop:bg-black/50 dark:bg-slate-900 dark:text-slate-100"
    >
      <h2 id="finish-title" className="text-lg font-bold">
        {t("finishConfirmTitle")}
      </h2>
      <p
        data-testid="unanswered-count"
        className={unanswered.length ? "font-semibold text-red-700 dark:text-red-400" : ""}
      >
        {unanswered.length
          ? t("finishUnanswered", { count: unanswered.length, numbers: numbers(unanswered) })
          : t("finishAllAnswered")}
      </p>
      {flagged.length > 0 && (
        <p className="text-sm">{t("finishFlagged", { count: flagged.length, numbers: numbers(flagged) })}</p>
      )}
      <div className="grid grid-cols-2 gap-3">
        <button
          type="button"
          onClick={onCancel}
          className="min-h-12 rounded-lg border border-slate-300 font-medium dark:border-slate-600"
        >
          {t("keepAnswering")}
        </button>
        <button
          type="button"
          data-testid="finish-confirm"
          onClick={onConfirm}
          disabled={busy}
          className="min-h-12 rounded-lg bg-slate-900 font-semibold text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
        >
          {t("finishNow")}
        </button>
      </div>
    </dialog>
  );
}
