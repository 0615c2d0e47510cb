import "server-only";
// POST /api/v1/cards/<cardId>/reveal, whichever server receives it (see http/api-request.ts): the
// answer side of a card, when the learner reveals it or submits a typed answer (graded here).
// Same-origin, signed-in learners who may study the card's deck.
import { z } from "zod";
import { actorFromCookieHeader } from "../auth/session-actor";
import { AppError } from "../errors";
import { answering, type ApiRequest, type JsonAnswer } from "../http/api-request";
import { assertSameOriginOf, parseJsonBody } from "../http/request-checks";
import { revealCard } from "./reveal-card";

const MAX_REVEAL_BODY_BYTES = 16 * 1024;
const revealSchema = z.object({
  answer: z.string().max(4000).optional(),
  mode: z.enum(["review", "cram"]).default("review"),
});

export function answerRevealCard(request: ApiRequest, cardId: string): Promise<JsonAnswer> {
  return answering(async () => {
    assertSameOriginOf(request.header, request.scheme);
    const input = revealSchema.safeParse(parseJsonBody(await request.readBody(MAX_REVEAL_BODY_BYTES)));
    if (!input.success) throw new AppError("INVALID_INPUT");
    const actor = await actorFromCookieHeader(request.header("cookie"));
    return { status: 200, body: await revealCard(actor, cardId, input.data.answer, input.data.mode) };
  });
}
