// The editor's live preview: checks the item and renders its cards as learners see them. Writes nothing.
import { draftItemRequestSchema } from "@/lib/schemas/draft-item";
import { previewDraftItem } from "@/lib/server/editor/preview-item";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { readJsonBody, sameOriginUser } from "@/lib/server/http/same-origin";

export const dynamic = "force-dynamic";
const MAX_BODY_BYTES = 256 * 1024;

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const actor = await sameOriginUser(request);
    const body = draftItemRequestSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { originalKey, type, values }" });
    return previewDraftItem(actor, (await params).slug, body.data);
  });
}
