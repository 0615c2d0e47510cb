// One answer of a quiz attempt, graded once on the server. Same-origin, the attempt's owner only.
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
    return submitQuizAnswer(await getCurrentUser(), (await params).attemptId, input.data.index, input.data.response, new Date());
  });
}
