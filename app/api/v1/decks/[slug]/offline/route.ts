// The offline pack: due cards for the next days with their answer side (self-graded cards only),
// kept on the learner's device for reviewing without a connection. Signed-in learners who may study the deck.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { jsonRoute } from "@/lib/server/http/json-route";
import { getOfflinePack } from "@/lib/server/reviews/get-offline-pack";
import { currentLocale } from "@/i18n/current-locale";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () =>
    getOfflinePack({
      actor: await getCurrentUser(),
      deckSlug: (await params).slug,
      now: new Date(),
      locale: await currentLocale(),
    }),
  );
}
