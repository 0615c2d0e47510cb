// The answer side of a card, when the learner reveals it or submits a typed answer (graded here).
// Same-origin, signed-in learners who may study the card's deck.
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/same-origin";
import { revealCard } from "@/lib/server/reviews/reveal-card";

export const dynamic = "force-dynamic";
const revealSchema = z.object({ answer: z.string().max(4000).optional(), mode: z.enum(["review", "cram"]).default("review") });

export async function POST(request: Request, { params }: { params: Promise<{ cardId: string }> }) {
  return jsonRoute(async () => {
    assertSameOrigin(request);
    const input = revealSchema.safeParse(await readJsonBody(request, 16 * 1024));
    if (!input.success) throw new AppError("INVALID_INPUT");
    return revealCard(await getCurrentUser(), (await params).cardId, input.data.answer, input.data.mode);
  });
}
