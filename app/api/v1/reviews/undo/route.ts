// Undo one of the caller's own ratings. Same-origin, signed-in learners only.
import { z } from "zod";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/same-origin";
import { undoReview } from "@/lib/server/reviews/undo-review";

export const dynamic = "force-dynamic";
const undoSchema = z.object({ reviewId: z.uuid() });

export async function POST(request: Request) {
  return jsonRoute(async () => {
    assertSameOrigin(request);
    const input = undoSchema.safeParse(await readJsonBody(request, 4096));
    if (!input.success) throw new AppError("INVALID_INPUT");
    return undoReview(await getCurrentUser(), input.data.reviewId, new Date());
  });
}
