// A learner's Anki review history for a deck they study: the .apkg / .colpkg as the body (or one file
// of a multipart form). Without `?commit=true` nothing is written (preview counts); same-origin session only.
import { IMPORT_MAX_BYTES, readImportUpload } from "@/lib/server/decks/import/read-upload";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { readBodyBytes, sameOriginUser } from "@/lib/server/http/same-origin";
import { importAnkiHistory } from "@/lib/server/reviews/import-anki-history";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const actor = await sameOriginUser(request);
    const body = await readBodyBytes(request, IMPORT_MAX_BYTES);
    const source = await readImportUpload(request, body);
    if (source.format !== "apkg")
      throw new AppError("INVALID_INPUT", { message: "expected an Anki package (.apkg or .colpkg)" });
    const commit = new URL(request.url).searchParams.get("commit") === "true";
    const outcome = await importAnkiHistory(
      actor,
      (await params).slug,
      { fileName: source.fileName, bytes: source.bytes },
      { commit },
      new Date(),
    );
    return Response.json(outcome, { status: outcome.ok ? 200 : 422, headers: { "Cache-Control": "no-store" } });
  });
}
