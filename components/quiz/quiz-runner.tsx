"use client";
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { finishQuizAction } from "@/app/actions/quiz";
import type { QuizView } from "@/lib/server/quizzes/get-quiz-for-learner";
import { QuestionInput, toResponse, type Draft } from "./question-input";

type Graded = { verdict?: string; feedback?: { code: string; params?: Record<string, string | number> }[] };

function useCountdown(deadline: string | null): number | null {
  const [left, setLeft] = useState<number | null>(deadline ? Math.max(0, new Date(deadline).getTime() - Date.now()) : null);
  useEffect(() => {
    if (!deadline) return;
    const timer = setInterval(() => setLeft(Math.max(0, new Date(deadline).getTime() - Date.now())), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  return left;
}

export function QuizRunner({ quiz }: { quiz: QuizView }) {
  const t = useTranslations("quiz");
  const tVerdict = useTranslations("review.verdict");
  const [index, setIndex] = useState(() => Math.max(0, quiz.questions.findIndex((q) => !q.answered)));
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [graded, setGraded] = useState<Record<number, Graded>>(() => Object.fromEntries(quiz.questions.filter((q) => q.answered).map((q) => [q.index, { verdict: q.verdict }])));
  const [sending, setSending] = useState(false);
  const left = useCountdown(quiz.deadline);
  const question = quiz.questions[index];
  const answered = question.index in graded;
  const closed = quiz.closed || left === 0;

  async function submit() {
    setSending(true);
    try {
      const response = await fetch(`/api/v1/quizzes/${quiz.attemptId}/answers`, {
        method: "POST", headers: { "content-type": "application/json" }, credentials: "same-origin",
        body: JSON.stringify({ index: question.index, response: toResponse(question, drafts[question.index] ?? {}) }),
      });
      if (response.ok) {
        const answer = (await response.json()) as Graded;
        setGraded((g) => ({ ...g, [question.index]: answer }));
      }
    } finally {
      setSending(false);
    }
  }

  const result = graded[question.index];
  const time = left === null ? null : `${Math.floor(left / 60000)}:${String(Math.floor((left % 60000) / 1000)).padStart(2, "0")}`;
  return (
    <div className="space-y-4" data-testid="quiz">
      <div className="flex items-center justify-between text-sm font-semibold">
        <span data-testid="progress">{t("progress", { current: index + 1, total: quiz.questions.length })}</span>
        {time && <span role="timer" className="tabular-nums">{t("timeLeft", { time })}</span>}
      </div>
      <article className="space-y-4 rounded-2xl border border-slate-200 p-4 dark:border-slate-700" data-question-type={question.type}>
        <p className="text-xs font-medium text-slate-600 dark:text-slate-300">{t(`typeNames.${question.type}` as "typeNames.typed")}</p>
        <div className="prose-card text-lg" dangerouslySetInnerHTML={{ __html: question.promptHtml }} />
        <QuestionInput question={question} draft={drafts[question.index] ?? {}} disabled={answered || closed} onChange={(d) => setDrafts((all) => ({ ...all, [question.index]: { ...all[question.index], ...d } }))} />
        {answered && (
          <div role="status" className="rounded-lg bg-slate-100 p-3 dark:bg-slate-800" data-testid="answer-status">
            {result?.verdict ? <p className="font-semibold">{tVerdict(result.verdict as "correct")}</p> : <p>{t("saved")}</p>}
            {result?.feedback?.map((f, i) => <p key={i} className="text-sm">{t.has(`feedbackCodes.${f.code}` as "feedbackCodes.near-miss") ? t(`feedbackCodes.${f.code}` as "feedbackCodes.near-miss", f.params as Record<string, string>) : f.code}</p>)}
          </div>
        )}
      </article>
      <div className="grid grid-cols-3 gap-3">
        <button type="button" className="min-h-12 rounded-lg border border-slate-300 font-medium disabled:opacity-40 dark:border-slate-600" disabled={index === 0} onClick={() => setIndex(index - 1)}>{t("previous")}</button>
        {!answered && !closed ? (
          <button type="button" className="min-h-12 rounded-lg bg-sky-700 font-semibold text-white disabled:opacity-50" disabled={sending} onClick={() => void submit()}>{t("submit")}</button>
        ) : (
          <span />
        )}
        <button type="button" className="min-h-12 rounded-lg border border-slate-300 font-medium disabled:opacity-40 dark:border-slate-600" disabled={index === quiz.questions.length - 1} onClick={() => setIndex(index + 1)}>{t("next")}</button>
      </div>
      <form action={finishQuizAction}>
        <input type="hidden" name="attemptId" value={quiz.attemptId} />
        <button type="submit" className="min-h-12 w-full rounded-lg bg-slate-900 font-semibold text-white dark:bg-slate-100 dark:text-slate-900">{t("finish")}</button>
      </form>
    </div>
  );
}
