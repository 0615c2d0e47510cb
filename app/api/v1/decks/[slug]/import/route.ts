// Deck import with preview and commit (described at /api/v1/openapi.json): an instructor's
// API token (Authorization: Bearer kd_…) from CI, or the signed-in instructor's session from the
// import page (same-origin only). `?commit=true` writes; without it nothing is written. The import
// page adds `?into=draft` (see importIntoDraft); the API's default keeps replace-and-publish.
import { assertRole } from "@/lib/server/auth/current-user";
import { importDeck } from "@/lib/server/decks/import/import-deck";
import { importIntoDraft } from "@/lib/server/decks/import/import-into-draft";
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
    const list = (name: string) => (url.searchParams.get(name) ?? "").split(",").filter(Boolean).slice(0, 5000);
    // ?into=draft (the import page): add/update into the draft, remove only what is listed, publish
    // nothing. Without it (deck as code, CI): the file replaces the deck and is published.
    const outcome =
      url.searchParams.get("into") === "draft"
        ? await importIntoDraft(actor, (await params).slug, source, { commit, remove: list("remove") })
        : await importDeck(actor, (await params).slug, source, { commit, majorKeys: list("major") });
    return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
  });
}
