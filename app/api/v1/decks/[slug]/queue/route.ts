// The next cards of a learner's queue (prompt side only) and today's counts. Signed-in learners
// who may study the deck; others get 401/404.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { jsonRoute } from "@/lib/server/http/json-route";
import { getReviewQueue } from "@/lib/server/reviews/get-review-queue";
import { currentLocale } from "@/i18n/current-locale";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const url = new URL(request.url);
    const exclude = (url.searchParams.get("exclude") ?? "").split(",").filter(Boolean).slice(0, 50);
    const limit = Math.min(5, Math.max(1, Number(url.searchParams.get("limit") ?? 2) || 2));
    return getReviewQueue({ actor: await getCurrentUser(), deckSlug: (await params).slug, now: new Date(), exclude, limit, locale: await currentLocale() });
  });
}
