// The next cards of a learner's queue (prompt side only) and today's counts. In production the
// custom server answers this endpoint before Next (lib/server/hot); this handler is the same
// function, for `npm run dev` and for a server started without the hot routes.
import { apiRequestOf, responseOf } from "@/lib/server/http/next-api-request";
import { answerReviewQueue } from "@/lib/server/reviews/review-queue-request";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return responseOf(await answerReviewQueue(apiRequestOf(request), (await params).slug));
}
