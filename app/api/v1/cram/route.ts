// Cram ratings ("go through a section now"), one or a batch of up to 250. Each is idempotent on its
// cramId; they are a practice log only and never change a card's schedule (no CardState, no
// ReviewLog). Same-origin, signed-in learners who may study the card's deck.
import { cramBatchSchema } from "@/lib/schemas/record-cram";
import { recordCram, CRAM_OUTCOME_STATUS } from "@/lib/server/cram/record-cram";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { readJsonBody, sameOriginUser } from "@/lib/server/http/same-origin";

export const dynamic = "force-dynamic";
const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request) {
  return jsonRoute(async () => {
    const actor = await sameOriginUser(request);
    const body = cramBatchSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { entries: [1..250 cram ratings] }" });
    const results = await recordCram(actor, body.data.entries, new Date());
    // A single entry answers with its own status (422 for a mismatch, …); a batch always answers 200.
    const status = results.length === 1 ? CRAM_OUTCOME_STATUS[results[0].status] : 200;
    return Response.json({ results }, { status, headers: { "Cache-Control": "no-store" } });
  });
}
