// The editor's live preview: checks the item and renders its cards as learners see them. Writes nothing.
import { draftItemRequestSchema } from "@/lib/schemas/draft-item";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { previewDraftItem } from "@/lib/server/editor/preview-item";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { assertSameOrigin, readJsonBody } from "@/lib/server/http/same-origin";

export const dynamic = "force-dynamic";
const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    assertSameOrigin(request);
    const actor = await getCurrentUser();
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const body = draftItemRequestSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { originalKey, item }" });
    return previewDraftItem(actor, (await params).slug, body.data);
  });
}
