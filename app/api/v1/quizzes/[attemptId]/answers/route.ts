// One answer of a quiz attempt, graded on the server (practice: once; exam: each save replaces the last). Same-origin, the attempt's owner only.
import { getTranslations } from "next-intl/server";
import { submitQuizAnswerSchema } from "@/lib/schemas/quiz";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/same-origin";
import { submitQuizAnswer } from "@/lib/server/quizzes/submit-quiz-answer";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  return jsonRoute(async () => {
    assertSameOrigin(request);
    const input = submitQuizAnswerSchema.safeParse(await readJsonBody(request, 96 * 1024));
    if (!input.success) throw new AppError("INVALID_INPUT");
    const t = await getTranslations("quiz");
    return submitQuizAnswer(
      await getCurrentUser(),
      (await params).attemptId,
      input.data.index,
      input.data.response,
      new Date(),
      { true: t("true"), false: t("false"), anyOrder: t("anyOrder") },
    );
  });
}
