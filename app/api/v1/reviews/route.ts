// Ratings, one or a batch of up to 250 (the offline outbox). Each review is idempotent on its
// reviewId; the answer holds one outcome per review. Same-origin, signed-in learners only.
import { submitReviewBatchSchema } from "@/lib/schemas/submit-review";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { readJsonBody, sameOriginUser } from "@/lib/server/http/same-origin";
import { recordReviews, OUTCOME_STATUS } from "@/lib/server/reviews/record-reviews";

export const dynamic = "force-dynamic";
const MAX_BODY_BYTES = 1024 * 1024;

export async function POST(request: Request) {
  return jsonRoute(async () => {
    const actor = await sameOriginUser(request);
    const body = submitReviewBatchSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { reviews: [1..250 reviews] }" });
    const results = await recordReviews(actor, body.data.reviews, new Date());
    // A single review answers with its own status (409, 422, …); a batch always answers 200.
    const status = results.length === 1 ? OUTCOME_STATUS[results[0].status] : 200;
    return Response.json({ results }, { status, headers: { "Cache-Control": "no-store" } });
  });
}
