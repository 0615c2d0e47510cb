// The deck editor saves and deletes draft items here (signed-in owner or admin, same-origin).
import { draftItemRequestSchema } from "@/lib/schemas/draft-item";
import { deleteDraftItem, saveDraftItem } from "@/lib/server/editor/draft-items";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { readJsonBody, sameOriginUser } from "@/lib/server/http/same-origin";

export const dynamic = "force-dynamic";
const MAX_BODY_BYTES = 256 * 1024;

type Params = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: Params) {
  return jsonRoute(async () => {
    const actor = await sameOriginUser(request);
    const body = draftItemRequestSchema.safeParse(await readJsonBody(request, MAX_BODY_BYTES));
    if (!body.success) throw new AppError("INVALID_INPUT", { message: "expected { originalKey, type, values }" });
    const result = await saveDraftItem(actor, (await params).slug, body.data, new Date());
    return Response.json(result, { status: result.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
  });
}

export async function DELETE(request: Request, { params }: Params) {
  return jsonRoute(async () => {
    const actor = await sameOriginUser(request);
    const key = new URL(request.url).searchParams.get("key") ?? "";
    await deleteDraftItem(actor, (await params).slug, key, new Date());
    return { ok: true };
  });
}
