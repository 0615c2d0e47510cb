import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { getQuizForLearner } from "@/lib/server/quizzes/get-quiz-for-learner";
import { QuizRunner } from "@/components/quiz/quiz-runner";

export default async function QuizPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const actor = await getCurrentUser();
  if (!actor) redirect(`/signin?callbackUrl=/quiz/${attemptId}`);
  const t = await getTranslations("quiz");
  try {
    const quiz = await getQuizForLearner(actor, attemptId, new Date());
    return (
      <>
        <h1 className="sr-only">{t("title")}</h1>
        <QuizRunner quiz={quiz} />
      </>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
