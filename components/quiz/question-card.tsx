"use client";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { QuizQuestionView } from "@/lib/server/quizzes/get-quiz-for-learner";

/** One question's frame: its type, its prompt, then whatever the mode puts below (input, verdict). */
export function QuestionCard({ question, children }: { question: QuizQuestionView; children: ReactNode }) {
  const t = useTranslations("quiz");
  return (
    <article
      className="space-y-4 rounded-2xl border border-slate-200 p-4 dark:border-slate-700"
      data-question-type={question.type}
      data-testid="question"
    >
      <p className="text-xs font-medium text-slate-600 dark:text-slate-300">
        {t(`typeNames.${question.type}` as "typeNames.typed")}
      </p>
      <div className="prose-card text-lg" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
      {children}
    </article>
  );
}

export const navButton =
  "min-h-12 rounded-lg border border-slate-300 font-medium disabled:opacity-40 dark:border-slate-600";
export const primaryQuizButton =
  "inline-flex min-h-12 items-center justify-center gap-2 rounded-lg bg-sky-700 px-4 font-semibold text-white disabled:opacity-60";

/** A small spinner for buttons that wait on the server. */
export function Spinner() {
  return <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" />;
}
