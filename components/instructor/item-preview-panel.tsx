"use client";
import { useTranslations } from "next-intl";
import type { ItemPreview } from "@/lib/server/editor/preview-item";
import { CorrectionNote } from "@/components/review/correction-note";

export type Preview = ItemPreview;

/**
 * What the learner will see, at phone width: each card's front and back, or the quiz prompt. Server-rendered HTML (sanitised).
 * `preview.errors` are the ones the form shows (touched fields), already in the UI's language.
 */
export function ItemPreviewPanel({ preview }: { preview: Preview | null }) {
  const t = useTranslations("instructor.editor");
  const tReview = useTranslations("review");
  return (
    <section aria-labelledby="preview-heading" aria-live="polite" className="space-y-3">
      <h2 id="preview-heading" className="text-lg font-semibold">
        {t("preview")}
      </h2>
      <div
        data-testid="item-preview"
        className="mx-auto w-full max-w-[390px] space-y-3 rounded-2xl border border-slate-300 p-3 dark:border-slate-600"
      >
        {(!preview || (preview.errors.length === 0 && preview.cards.length === 0 && !preview.quizPromptHtml)) && (
          <p className="text-sm text-slate-600 dark:text-slate-300">{t("previewLoading")}</p>
        )}
        {preview && preview.errors.length > 0 && (
          <ul className="space-y-1 text-sm text-red-700 dark:text-red-400" data-testid="preview-errors">
            {preview.errors.map((e, i) => (
              <li key={i}>
                {t.has(`fields.${e.path}`) ? t(`fields.${e.path}`) : e.path}: {e.message}
              </li>
            ))}
          </ul>
        )}
        {preview?.cards.map((card, i) => (
          <div key={i} className="space-y-2 rounded-xl bg-slate-50 p-3 dark:bg-slate-800">
            <p className="text-xs font-semibold text-slate-500 uppercase dark:text-slate-400">
              {t("cardLabel", { n: i + 1, kind: card.kind })}
            </p>
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: card.promptHtml }} />
            <hr className="border-slate-300 dark:border-slate-600" />
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: card.answerHtml }} />
          </div>
        ))}
        {preview && preview.errors.length === 0 && preview.cards.length === 0 && preview.quizPromptHtml && (
          <div className="space-y-2 rounded-xl bg-slate-50 p-3 dark:bg-slate-800">
            <p className="text-xs font-semibold text-slate-500 uppercase dark:text-slate-400">{t("quizOnly")}</p>
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: preview.quizPromptHtml }} />
          </div>
        )}
        {preview?.notes?.correction && (
          <CorrectionNote
            correction={preview.notes.correction}
            labels={{ title: tReview("correction"), claimed: tReview("claimed"), actual: tReview("actual") }}
          />
        )}
        {preview?.notes?.explanationHtml && (
          <div className="prose-card text-sm" dangerouslySetInnerHTML={{ __html: preview.notes.explanationHtml }} />
        )}
      </div>
    </section>
  );
}
