import "server-only";
// POST /api/v1/reviews, whichever server receives it: the custom server answers it itself
// (lib/server/hot/serve-hot-routes.ts) and Next's route handler is the same function behind a
// Request (app/api/v1/reviews/route.ts), so the checks, limits and answers cannot differ.
import { submitReviewBatchSchema } from "@/lib/schemas/submit-review";
import { actorFromCookieHeader } from "../auth/session-actor";
import { AppError } from "../errors";
import { assertSameOriginOf, parseJsonBody } from "../http/request-checks";
import { OUTCOME_STATUS, recordReviews } from "./record-reviews";

export const MAX_REVIEW_BODY_BYTES = 1024 * 1024;

/** What the endpoint needs of a request, from either server. */
export type ReviewSubmitRequest = {
  header(name: string): string | null;
  /** The scheme the request reached this server by. */
  scheme: string;
  /** The body, refused with a 413 AppError past `maxBytes` before more is read. */
  readBody(maxBytes: number): Promise<Buffer>;
};

export type JsonAnswer = { status: number; body: unknown };

/** Same-origin, signed-in learners only; one outcome per review. AppErrors become their JSON answer. */
export async function answerReviewSubmit(request: ReviewSubmitRequest, now: () => Date = () => new Date()): Promise<JsonAnswer> {
  try {
    assertSameOriginOf(request.header, request.scheme);
    const actor = await actorFromCookieHeader(request.header("cookie"));
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const body = submitReviewBatchSchema.safeParse(parseJsonBody(await request.readBody(MAX_REVIEW_BODY_BYTES)));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { reviews: [1..250 reviews] }" });
    const results = await recordReviews(actor, body.data.reviews, now());
    // A single review answers with its own status (409, 422, …); a batch always answers 200.
    return { status: results.length === 1 ? OUTCOME_STATUS[results[0].status] : 200, body: { results } };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...error.details } } };
  }
}
