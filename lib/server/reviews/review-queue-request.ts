import "server-only";
// GET /api/v1/decks/<slug>/queue, whichever server receives it (see http/api-request.ts): the next
// cards of a learner's queue (prompt side only) and today's counts. Signed-in learners who may
// study the deck; others get 401/404.
import { chosenLocale, LOCALE_COOKIE } from "@/i18n/locales";
import { actorFromCookieHeader } from "../auth/session-actor";
import { answering, type ApiRequest, type JsonAnswer } from "../http/api-request";
import { cookiesOf } from "../http/cookie-header";
import { getReviewQueue } from "./get-review-queue";

// The review screen sends the ids it already holds, never more than this many.
const MAX_EXCLUDED = 50;

export function answerReviewQueue(
  request: ApiRequest,
  deckSlug: string,
  now: () => Date = () => new Date(),
): Promise<JsonAnswer> {
  return answering(async () => {
    const exclude = (request.query.get("exclude") ?? "").split(",").filter(Boolean).slice(0, MAX_EXCLUDED);
    const limit = Math.min(5, Math.max(1, Number(request.query.get("limit") ?? 2) || 2));
    const locale = chosenLocale(cookiesOf(request.header("cookie")).get(LOCALE_COOKIE));
    const actor = await actorFromCookieHeader(request.header("cookie"));
    const queue = await getReviewQueue({ actor, deckSlug, now: now(), exclude, limit, locale });
    return { status: 200, body: queue };
  });
}
