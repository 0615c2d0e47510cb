"use client";
import { useTranslations } from "next-intl";

type Mark = { index: number; answered: boolean; flagged: boolean };

/** Every question at a glance, as exam simulators show them: answered ones filled, flagged ones marked. */
export function QuestionList({
  marks,
  current,
  onPick,
}: {
  marks: Mark[];
  current: number;
  onPick: (position: number) => void;
}) {
  const t = useTranslations("quiz");
  return (
    <nav aria-label={t("questionList")} data-testid="question-list">
      <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-2">
        {marks.map((mark, position) => (
          <li key={mark.index}>
            <button
              type="button"
              onClick={() => onPick(position)}
              aria-current={position === current ? "step" : undefined}
              data-answered={mark.answered}
              data-flagged={mark.flagged}
              aria-label={[
                t("questionNumber", { number: position + 1 }),
                mark.answered ? t("answeredMark") : t("unanswered"),
                mark.flagged ? t("flaggedMark") : "",
              ]
                .filter(Boolean)
                .join(", ")}
              className={`relative flex size-11 items-center justify-center rounded-lg border-2 font-semibold tabular-nums ${
                mark.answered ? "border-sky-700 bg-sky-700 text-white" : "border-slate-300 dark:border-slate-600"
              } ${position === current ? "ring-2 ring-amber-500 ring-offset-2 dark:ring-offset-slate-900" : ""}`}
            >
              {position + 1}
              {mark.flagged && (
                <span aria-hidden className="absolute -top-2 -right-2 text-sm text-amber-600 dark:text-amber-400">
                  ⚑
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
