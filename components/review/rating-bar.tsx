"use client";
import { useTranslations } from "next-intl";

const STYLES: Record<number, string> = {
  1: "bg-red-700 hover:bg-red-800",
  2: "bg-amber-700 hover:bg-amber-800",
  3: "bg-green-700 hover:bg-green-800",
  4: "bg-sky-700 hover:bg-sky-800",
};

type Props = {
  intervals: { rating: 1 | 2 | 3 | 4; label: string }[];
  proposed: number | null;
  disabled: boolean;
  onRate: (rating: 1 | 2 | 3 | 4) => void;
};

/** Four buttons in the thumb zone, 56 px tall with 8–12 px gaps so a slip does not hit a neighbour; labels never wrap (もう一度 at 320 px). */
export function RatingBar({ intervals, proposed, disabled, onRate }: Props) {
  const t = useTranslations("review");
  return (
    <div role="group" aria-label={t("ratingsAria")} className="grid grid-cols-4 gap-2 min-[360px]:gap-3">
      {intervals.map(({ rating, label }) => (
        <button
          key={rating}
          type="button"
          disabled={disabled}
          onClick={() => onRate(rating)}
          data-rating={rating}
          aria-keyshortcuts={String(rating)}
          className={`flex min-h-14 flex-col items-center justify-center rounded-xl px-1 text-white disabled:opacity-50 ${STYLES[rating]} ${proposed === rating ? "ring-4 ring-slate-900 ring-offset-2 dark:ring-white dark:ring-offset-slate-900" : ""}`}
        >
          <span className="text-xs font-medium">{label}</span>
          <span className="text-sm font-bold tracking-tight whitespace-nowrap">
            {t(`ratings.${rating}` as "ratings.1")}
          </span>
          {proposed === rating && <span className="sr-only">({t("proposed")})</span>}
        </button>
      ))}
    </div>
  );
}
