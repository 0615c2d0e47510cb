// Deck import with preview and commit (docs/deck-import.md, /api/v1/openapi.json): an instructor's
// API token (Authorization: Bearer kd_…) from CI, or the signed-in instructor's session from the
// import page (same-origin only). `?commit=true` writes; without it nothing is written.
import { assertRole } from "@/lib/server/auth/current-user";
import { importDeck } from "@/lib/server/decks/import/import-deck";
import { IMPORT_MAX_BYTES, readImportUpload } from "@/lib/server/decks/import/read-upload";
import { jsonRoute } from "@/lib/server/http/json-route";
import { readBodyBytes, sameOriginUser } from "@/lib/server/http/same-origin";
import { actorFromBearer } from "@/lib/server/tokens/api-tokens";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const actor = (await actorFromBearer(request)) ?? (await sameOriginUser(request));
    // Who is asking is settled before the body is read: an anonymous upload is never buffered.
    assertRole(actor, "instructor");
    const body = await readBodyBytes(request, IMPORT_MAX_BYTES);
    const source = await readImportUpload(request, body);
    const url = new URL(request.url);
    const commit = url.searchParams.get("commit") === "true";
    const majorKeys = (url.searchParams.get("major") ?? "").split(",").filter(Boolean);
    const outcome = await importDeck(actor, (await params).slug, source, { commit, majorKeys });
    return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
  });
}
