// Ratings, one or a batch of up to 250 (the offline outbox). Each review is idempotent on its
// reviewId; the answer holds one outcome per review. Same-origin, signed-in learners only.
// In production the custom server answers this endpoint before Next (lib/server/hot); this handler
// is the same function, for `npm run dev` and for a server started without the hot routes.
import { apiRequestOf, responseOf } from "@/lib/server/http/next-api-request";
import { answerReviewSubmit } from "@/lib/server/reviews/submit-reviews-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request) {
  return responseOf(await answerReviewSubmit(apiRequestOf(request)));
}
