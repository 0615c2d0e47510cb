"use client";
import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { FeedbackList } from "@/components/quiz/feedback-list";
import type { RevealedCard } from "@/lib/client/api/review-api";
import { CorrectionNote } from "./correction-note";
import { SourceLine } from "./source-line";

const DIFF_STYLE = {
  same: "",
  missing: "bg-green-200 text-green-950 dark:bg-green-900 dark:text-green-50",
  extra: "bg-red-200 text-red-950 line-through dark:bg-red-900 dark:text-red-50",
};

export function AnswerPanel({ revealed }: { revealed: RevealedCard }) {
  const t = useTranslations("review");
  const { grade, correction } = revealed;
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => scrollAboveRatingBar(panel.current), []);
  return (
    <div
      ref={panel}
      className="scroll-mt-4 space-y-4 border-t border-slate-200 pt-4 dark:border-slate-700"
      data-testid="answer-panel"
    >
      {grade && (
        <div className="space-y-2">
          <p className="font-semibold" data-testid="verdict">
            {t(`verdict.${grade.verdict}` as "verdict.correct")}
          </p>
          <FeedbackList feedback={grade.feedback} />
          <p
            className="rounded-lg bg-slate-100 p-2 font-mono text-sm break-words dark:bg-slate-800"
            aria-label={t("yourAnswer")}
          >
            {grade.diff.map((part, i) => (
              <span key={i} className={DIFF_STYLE[part.kind]}>
                {part.text}
              </span>
            ))}
          </p>
        </div>
      )}
      <div className="prose-card" data-testid="answer" dangerouslySetInnerHTML={{ __html: revealed.answerHtml }} />
      {correction && (
        <CorrectionNote
          correction={correction}
          labels={{ title: t("correction"), claimed: t("claimed"), actual: t("actual") }}
        />
      )}
      {(revealed.explanationHtml || revealed.source) && (
        <details className="text-sm">
          <summary className="cursor-pointer py-2 font-medium">{t("explanation")}</summary>
          {revealed.explanationHtml && (
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: revealed.explanationHtml }} />
          )}
          <SourceLine
            source={revealed.source}
            label={t("source")}
            className="mt-2 text-slate-600 dark:text-slate-300"
          />
        </details>
      )}
    </div>
  );
}

/**
 * On a phone a long front pushes the answer under the sticky rating bar: bring its start into
 * view (once, on reveal) unless it is already visible above the bar.
 */
function scrollAboveRatingBar(panel: HTMLElement | null) {
  if (!panel) return;
  const bar = document.querySelector<HTMLElement>("[data-testid=rating-area]");
  const visibleBottom = window.innerHeight - (bar?.offsetHeight ?? 0);
  if (panel.getBoundingClientRect().top + 64 <= visibleBottom) return;
  const reduce = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  panel.scrollIntoView({ block: "start", behavior: reduce ? "auto" : "smooth" });
}
