// Bury, suspend, unsuspend or unbury one card for the caller only. Same-origin, signed-in learners.
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/same-origin";
import { CARD_FLAG_ACTIONS, setCardFlag } from "@/lib/server/reviews/set-card-flag";

export const dynamic = "force-dynamic";
const flagSchema = z.object({ action: z.enum(CARD_FLAG_ACTIONS) });

/** `changed` is false when an unsuspend or unbury found the card no longer suspended or buried. */
export async function POST(request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  return jsonRoute(async () => {
    assertSameOrigin(request);
    const input = flagSchema.safeParse(await readJsonBody(request, 1024));
    if (!input.success) throw new AppError("INVALID_INPUT");
    const { changed } = await setCardFlag(await getCurrentUser(), (await params).cardId, input.data.action, new Date());
    return { ok: true, changed };
  });
}
