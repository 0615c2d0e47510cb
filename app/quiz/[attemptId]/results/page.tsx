import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { getQuizResults } from "@/lib/server/quizzes/get-quiz-results";
import { reviewMissesAction } from "@/lib/actions/quizzes/review-misses";
import { CorrectionNote } from "@/components/review/correction-note";
import { SourceLine } from "@/components/review/source-line";
import { FeedbackList } from "@/components/quiz/feedback-list";

const VERDICT_STYLE: Record<string, string> = {
  correct: "text-green-700 dark:text-green-300",
  partial: "text-amber-700 dark:text-amber-300",
  incorrect: "text-red-700 dark:text-red-300",
  unanswered: "text-slate-600 dark:text-slate-300",
};

export default async function QuizResultsPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/quiz/${attemptId}/results`);
  const [t, tReview] = await Promise.all([getTranslations("quiz"), getTranslations("review")]);
  let results;
  try {
    results = await getQuizResults(actor, attemptId, new Date(), {
      true: t("true"),
      false: t("false"),
      anyOrder: t("anyOrder"),
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "CONFLICT") redirect(`/quiz/${attemptId}`);
    throw error;
  }
  const misses = results.rows.filter((r) => r.verdict !== "correct").length;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t("resultsTitle")}</h1>
      <p className="text-lg">
        {t("score")}: <strong data-testid="score">{Math.round(results.score * 100)}%</strong>
      </p>
      {misses > 0 && (
        <form action={reviewMissesAction}>
          <input type="hidden" name="attemptId" value={attemptId} />
          <input type="hidden" name="deckSlug" value={results.deckSlug} />
          <button
            type="submit"
            className="min-h-12 w-full rounded-lg bg-sky-700 px-4 font-semibold text-white sm:w-auto"
          >
            {t("reviewMisses")}
          </button>
        </form>
      )}
      <ol className="space-y-4">
        {results.rows.map((row) => (
          <li
            key={row.index}
            className="space-y-3 rounded-2xl border border-slate-200 p-4 dark:border-slate-700"
            data-testid="result-row"
            data-verdict={row.verdict}
          >
            <p className={`font-semibold ${VERDICT_STYLE[row.verdict]}`}>
              {row.index + 1}.{" "}
              {row.verdict === "unanswered" ? t("unanswered") : tReview(`verdict.${row.verdict}` as "verdict.correct")}{" "}
              · {Math.round(row.score * 100)}%
            </p>
            <div className="prose-card" dangerouslySetInnerHTML={{ __html: row.promptHtml }} />
            <FeedbackList feedback={row.feedback} />
            <div className="grid gap-3 sm:grid-cols-2">
              <div data-testid="own-answer" className="min-w-0">
                <p className="text-sm font-semibold">{t("yourAnswer")}</p>
                {row.ownHtml ? (
                  <div className="prose-card" dangerouslySetInnerHTML={{ __html: row.ownHtml }} />
                ) : (
                  <p className="text-sm text-slate-600 dark:text-slate-300">{t("unanswered")}</p>
                )}
              </div>
              <div data-testid="correct-answer" className="min-w-0">
                <p className="text-sm font-semibold">{t("correctAnswer")}</p>
                <div className="prose-card" dangerouslySetInnerHTML={{ __html: row.correctHtml }} />
              </div>
            </div>
            {row.correction && (
              <CorrectionNote
                correction={row.correction}
                labels={{ title: tReview("correction"), claimed: tReview("claimed"), actual: tReview("actual") }}
              />
            )}
            {row.explanationHtml && (
              <details className="text-sm">
                <summary className="cursor-pointer py-2 font-medium">{tReview("explanation")}</summary>
                <div className="prose-card" dangerouslySetInnerHTML={{ __html: row.explanationHtml }} />
              </details>
            )}
            <SourceLine
              source={row.source}
              label={tReview("source")}
              className="text-sm text-slate-600 dark:text-slate-300"
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
