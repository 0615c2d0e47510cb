"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { finishQuizAction } from "@/lib/actions/quizzes/finish-quiz";
import type { QuizView } from "@/lib/server/quizzes/get-quiz-for-learner";
import { QuestionInput, toResponse, type Draft } from "./question-input";
import { QuestionCard, navButton, primaryQuizButton, Spinner } from "./question-card";
import { FeedbackList } from "./feedback-list";
import { SessionExpiredNotice } from "@/components/ui/session-expired-notice";
import { sendQuizAnswer, type AnswerReply } from "@/lib/client/api/quiz-api";
import { hasAnswer } from "./exam-draft";

const VERDICT_STYLE: Record<string, string> = {
  correct: "border-green-600 bg-green-50 dark:bg-green-950",
  partial: "border-amber-500 bg-amber-50 dark:bg-amber-950",
  incorrect: "border-red-600 bg-red-50 dark:bg-red-950",
};

/**
 * Practice: each answer is graded when sent, and the verdict, the correct answer and the
 * explanation show at once (as Quizlet Learn does). A YAML syntax slip is reported with its line
 * and column and leaves the question open.
 */
export function PracticeRunner({ quiz }: { quiz: QuizView }) {
  const t = useTranslations("quiz");
  const tVerdict = useTranslations("review.verdict");
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      quiz.questions.findIndex((q) => !q.answered),
    ),
  );
  const [drafts, setDrafts] = useState<Record<number, Draft>>({});
  const [replies, setReplies] = useState<Record<number, AnswerReply>>(() =>
    Object.fromEntries(
      quiz.questions
        .filter((q) => q.answered)
        .map((q) => [q.index, { index: q.index, saved: true, verdict: q.verdict }]),
    ),
  );
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<"expired" | "closed" | "invalid" | "failed" | null>(null);
  const question = quiz.questions[index];
  const reply = replies[question.index];
  const answered = reply?.saved === true;
  const last = index === quiz.questions.length - 1;
  // A choice or true/false question needs a pick before it can be graded; an empty typed answer is
  // a legitimate "I don't know", and the shown order is a legitimate ordering answer.
  const canSend =
    (question.type !== "choice" && question.type !== "truefalse") || hasAnswer(question, drafts[question.index]);

  async function submit() {
    if (sending || answered || !canSend) return;
    setSending(true);
    setProblem(null);
    const outcome = await sendQuizAnswer(
      quiz.attemptId,
      question.index,
      toResponse(question, drafts[question.index] ?? {}),
    );
    setSending(false);
    if (outcome.ok) setReplies((all) => ({ ...all, [question.index]: outcome.reply }));
    else
      setProblem(
        outcome.status === 401
          ? "expired"
          : outcome.status === 409
            ? "closed"
            : outcome.status === 400 || outcome.status === 422
              ? "invalid"
              : "failed",
      );
  }

  return (
    <div className="space-y-4" data-testid="quiz" data-mode="practice">
      <p className="text-sm font-semibold" data-testid="progress">
        {t("progress", { current: index + 1, total: quiz.questions.length })}
      </p>
      <QuestionCard question={question}>
        {/* A form, so Enter in a one-line answer sends it. */}
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          className="space-y-4"
        >
          <QuestionInput
            question={question}
            draft={drafts[question.index] ?? {}}
            disabled={answered || quiz.closed || sending}
            onChange={(d) => setDrafts((all) => ({ ...all, [question.index]: { ...all[question.index], ...d } }))}
          />
          {!answered && !quiz.closed && (
            <button
              type="submit"
              className={`${primaryQuizButton} w-full`}
              disabled={sending || !canSend}
              aria-busy={sending}
            >
              {sending && <Spinner />} {sending ? t("grading") : t("submit")}
            </button>
          )}
        </form>
        {reply && !reply.saved && (
          <div
            role="alert"
            className="rounded-lg border-l-4 border-amber-500 bg-amber-50 p-3 dark:bg-amber-950"
            data-testid="try-again"
          >
            <p className="font-semibold">{t("fixAndResend")}</p>
            <FeedbackList feedback={reply.feedback ?? []} />
          </div>
        )}
        {answered && (
          <div
            role="status"
            className={`space-y-3 rounded-lg border-l-4 p-3 ${VERDICT_STYLE[reply.verdict ?? ""] ?? "border-slate-400 bg-slate-100 dark:bg-slate-800"}`}
            data-testid="answer-status"
          >
            {reply.verdict && <p className="font-semibold">{tVerdict(reply.verdict as "correct")}</p>}
            <FeedbackList feedback={reply.feedback ?? []} />
            {reply.correctHtml && (
              <div data-testid="practice-correct">
                <p className="text-sm font-semibold">{t("correctAnswer")}</p>
                <div className="prose-card" dangerouslySetInnerHTML={{ __html: reply.correctHtml }} />
              </div>
            )}
            {reply.explanationHtml && (
              <div data-testid="practice-explanation">
                <p className="text-sm font-semibold">{t("explanation")}</p>
                <div className="prose-card text-sm" dangerouslySetInnerHTML={{ __html: reply.explanationHtml }} />
              </div>
            )}
          </div>
        )}
        {problem === "expired" && <SessionExpiredNotice returnTo={`/quiz/${quiz.attemptId}`} kept={null} />}
        {problem === "closed" && (
          <p role="alert" className="font-medium text-red-700 dark:text-red-400">
            {t("attemptClosed")}
          </p>
        )}
        {problem === "failed" && (
          <p role="alert" className="font-medium text-red-700 dark:text-red-400">
            {t("sendFailed")}
          </p>
        )}
        {problem === "invalid" && (
          <p role="alert" className="font-medium text-red-700 dark:text-red-400">
            {t("invalidAnswer")}
          </p>
        )}
      </QuestionCard>
      <div className="grid grid-cols-2 gap-3">
        <button type="button" className={navButton} disabled={index === 0} onClick={() => setIndex(index - 1)}>
          {t("previous")}
        </button>
        <button
          type="button"
          className={answered && !last ? primaryQuizButton : navButton}
          disabled={last}
          onClick={() => setIndex(index + 1)}
        >
          {t("next")}
        </button>
      </div>
      <form action={finishQuizAction}>
        <input type="hidden" name="attemptId" value={quiz.attemptId} />
        <button
          type="submit"
          className="min-h-12 w-full rounded-lg bg-slate-900 font-semibold text-white dark:bg-slate-100 dark:text-slate-900"
        >
          {t("finish")}
        </button>
      </form>
    </div>
  );
}
