"use client";
import { useTranslations } from "next-intl";
import type { CramRating } from "@/lib/core/cram/cram-queue";

const STYLES: Record<CramRating, string> = {
  1: "bg-red-700 hover:bg-red-800",
  2: "bg-amber-700 hover:bg-amber-800",
  3: "bg-green-700 hover:bg-green-800",
  4: "bg-sky-700 hover:bg-sky-800",
};

/** Four rating buttons in the thumb zone; no intervals, since cram changes no schedule. */
export function CramRatingBar({ proposed, onRate }: { proposed: number | null; onRate: (rating: CramRating) => void }) {
  const t = useTranslations("cram");
  return (
    <div role="group" aria-label={t("ratingsAria")} className="grid grid-cols-4 gap-3">
      {([1, 2, 3, 4] as const).map((rating) => (
        <button
          key={rating}
          type="button"
          onClick={() => onRate(rating)}
          data-rating={rating}
          aria-keyshortcuts={String(rating)}
          className={`min-h-14 rounded-xl px-1 text-sm font-bold text-white focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-slate-900 dark:focus-visible:outline-white ${STYLES[rating]} ${proposed === rating ? "ring-4 ring-slate-900 ring-offset-2 dark:ring-white dark:ring-offset-slate-900" : ""}`}
        >
          <span aria-hidden="true" className="block text-xs font-medium opacity-90">
            {rating}
          </span>
          {t(`ratings.${rating}`)}
        </button>
      ))}
    </div>
  );
}
