"use client";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { finishQuizAction } from "@/lib/actions/quizzes/finish-quiz";
import { examTimeLimitMs, examWarning, formatTimeLeft } from "@/lib/core/quiz/exam-time";
import type { QuizView } from "@/lib/server/quizzes/get-quiz-for-learner";
import { QuestionInput } from "./question-input";
import { QuestionCard, navButton } from "./question-card";
import { QuestionList } from "./question-list";
import { FinishDialog } from "./finish-dialog";
import { SessionExpiredNotice } from "@/components/ui/session-expired-notice";
import { hasAnswer, forgetKeptExam } from "./exam-draft";
import { useExamAnswers } from "./use-exam-answers";
import { useCountdown } from "./use-countdown";

/**
 * Exam: like an exam simulator. Answers are saved as the learner goes and can be changed until
 * time is up; a question list shows what is answered and flagged; warnings at 5 and 1 minutes; at
 * 0:00 everything saved is sent and graded; finishing early asks first, naming what is unanswered.
 */
export function ExamRunner({ quiz }: { quiz: QuizView }) {
  const t = useTranslations("quiz");
  const answers = useExamAnswers(quiz);
  const left = useCountdown(quiz.deadline, quiz.serverNow);
  const [position, setPosition] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [finishing, setFinishing] = useState(false);
  const [dismissedWarning, setDismissedWarning] = useState<number | null>(null);
  const finishForm = useRef<HTMLFormElement>(null);
  const question = quiz.questions[position];
  const timeUp = left === 0;
  const locked = timeUp || finishing || answers.problem === "closed";
  const warning = left === null ? null : examWarning(left, examTimeLimitMs(quiz.questions.length));
  const marks = quiz.questions.map((q) => ({
    index: q.index,
    answered: hasAnswer(q, answers.drafts[q.index]),
    flagged: answers.flags.includes(q.index),
  }));
  const unanswered = marks.flatMap((m, i) => (m.answered ? [] : [i]));
  const flagged = marks.flatMap((m, i) => (m.flagged ? [i] : []));

  async function finish() {
    if (finishing) return;
    setFinishing(true);
    await answers.flush();
    forgetKeptExam(quiz.attemptId);
    finishForm.current?.requestSubmit();
  }

  // Time is up (or the server says the attempt is closed): send what is unsaved, then grade.
  useEffect(() => {
    if (timeUp || answers.problem === "closed") void finish();
    // Runs once per trigger; finish() guards against a second call itself.
  }, [timeUp, answers.problem]);

  const saveState =
    answers.unsaved.length === 0
      ? t("allSaved")
      : answers.problem === "offline"
        ? t("notSavedRetrying")
        : answers.problem === "expired"
          ? t("notSaved")
          : t("saving");
  return (
    <div className="space-y-4" data-testid="quiz" data-mode="exam">
      <div className="sticky top-0 z-10 -mx-4 flex items-center justify-between gap-3 border-b border-slate-200 bg-white/95 px-4 py-2 text-sm font-semibold dark:border-slate-700 dark:bg-slate-900/95">
        <span data-testid="progress">{t("progress", { current: position + 1, total: quiz.questions.length })}</span>
        <span data-testid="save-state" aria-live="polite" className="font-normal text-slate-600 dark:text-slate-300">
          {saveState}
        </span>
        {left !== null && (
          // The server rendered its own second; the browser's may differ by one until the next tick.
          <span
            role="timer"
            suppressHydrationWarning
            aria-label={t("timeLeft", { time: formatTimeLeft(left) })}
            className={`tabular-nums ${warning === 1 ? "text-red-700 dark:text-red-400" : ""}`}
          >
            {t("timeLeft", { time: formatTimeLeft(left) })}
          </span>
        )}
      </div>
      {warning !== null && warning !== dismissedWarning && !timeUp && (
        <div
          role="alert"
          data-testid="time-warning"
          data-minutes={warning}
          className="flex items-center justify-between gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 font-semibold text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-100"
        >
          <span>{t("timeWarning", { minutes: warning })}</span>
          <button
            type="button"
            onClick={() => setDismissedWarning(warning)}
            className="min-h-11 shrink-0 rounded-md px-3 underline"
          >
            {t("dismiss")}
          </button>
        </div>
      )}
      {timeUp && (
        <p
          role="status"
          data-testid="time-up"
          className="rounded-lg bg-slate-900 p-3 font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {t("timeUp")}
        </p>
      )}
      {answers.problem === "expired" && <SessionExpiredNotice returnTo={`/quiz/${quiz.attemptId}`} kept="answers" />}
      <QuestionCard question={question}>
        <QuestionInput
          question={question}
          draft={answers.drafts[question.index] ?? {}}
          disabled={locked}
          onChange={(d) => answers.change(question.index, d)}
        />
        <button
          type="button"
          onClick={() => answers.toggleFlag(question.index)}
          aria-pressed={answers.flags.includes(question.index)}
          data-testid="flag"
          className="min-h-11 rounded-lg border border-slate-300 px-3 text-sm font-medium dark:border-slate-600"
        >
          <span aria-hidden className="text-amber-600 dark:text-amber-400">
            ⚑
          </span>{" "}
          {answers.flags.includes(question.index) ? t("unflag") : t("flag")}
        </button>
      </QuestionCard>
      <div className="grid grid-cols-2 gap-3">
        <button type="button" className={navButton} disabled={position === 0} onClick={() => setPosition(position - 1)}>
          {t("previous")}
        </button>
        <button
          type="button"
          className={navButton}
          disabled={position === quiz.questions.length - 1}
          onClick={() => setPosition(position + 1)}
        >
          {t("next")}
        </button>
      </div>
      <QuestionList marks={marks} current={position} onPick={setPosition} />
      <form ref={finishForm} action={finishQuizAction}>
        <input type="hidden" name="attemptId" value={quiz.attemptId} />
        <button
          type="button"
          data-testid="finish"
          onClick={() => setConfirming(true)}
          disabled={finishing}
          className="min-h-12 w-full rounded-lg bg-slate-900 font-semibold text-white disabled:opacity-60 dark:bg-slate-100 dark:text-slate-900"
        >
          {t("finish")}
        </button>
      </form>
      <FinishDialog
        open={confirming && !timeUp}
        unanswered={unanswered}
        flagged={flagged}
        busy={finishing}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void finish()}
      />
    </div>
  );
}
