import "server-only";
// POST /api/v1/reviews, whichever server receives it: the custom server answers it itself
// (lib/server/hot/serve-hot-routes.ts) and Next's route handler is the same function behind a
// Request (app/api/v1/reviews/route.ts; see http/api-request.ts).
import { submitReviewBatchSchema } from "@/lib/schemas/submit-review";
import { actorFromCookieHeader } from "../auth/session-actor";
import { AppError } from "../errors";
import { answering, type ApiRequest, type JsonAnswer } from "../http/api-request";
import { assertSameOriginOf, parseJsonBody } from "../http/request-checks";
import { OUTCOME_STATUS, recordReviews } from "./record-reviews";

export const MAX_REVIEW_BODY_BYTES = 1024 * 1024;

/** Same-origin, signed-in learners only; one outcome per review. */
export function answerReviewSubmit(request: ApiRequest, now: () => Date = () => new Date()): Promise<JsonAnswer> {
  return answering(async () => {
    assertSameOriginOf(request.header, request.scheme);
    const actor = await actorFromCookieHeader(request.header("cookie"));
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const body = submitReviewBatchSchema.safeParse(parseJsonBody(await request.readBody(MAX_REVIEW_BODY_BYTES)));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { reviews: [1..250 reviews] }" });
    const results = await recordReviews(actor, body.data.reviews, now());
    // A single review answers with its own status (409, 422, …); a batch always answers 200.
    return { status: results.length === 1 ? OUTCOME_STATUS[results[0].status] : 200, body: { results } };
  });
}
