// The answer side of a card, when the learner reveals it or submits a typed answer (graded here).
// In production the custom server answers this endpoint before Next (lib/server/hot); this handler
// is the same function, for `npm run dev` and for a server started without the hot routes.
import { apiRequestOf, responseOf } from "@/lib/server/http/next-api-request";
import { answerRevealCard } from "@/lib/server/reviews/reveal-card-request";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  return responseOf(await answerRevealCard(apiRequestOf(request), (await params).cardId));
}
