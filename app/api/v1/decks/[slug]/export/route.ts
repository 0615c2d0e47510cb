// Deck export: ?format=deck|csv|apkg, ?source=published (default) or draft. Session or API token.
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { exportDeck } from "@/lib/server/decks/export/export-deck";
import { AppError } from "@/lib/server/errors";
import { jsonRoute } from "@/lib/server/http/json-route";
import { actorFromBearer } from "@/lib/server/tokens/api-tokens";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return jsonRoute(async () => {
    const actor = (await actorFromBearer(request)) ?? (await getCurrentUser());
    if (!actor) throw new AppError("UNAUTHENTICATED");
    const url = new URL(request.url);
    const format = url.searchParams.get("format") ?? "deck";
    if (format !== "deck" && format !== "csv" && format !== "apkg")
      throw new AppError("INVALID_INPUT", { message: "format must be deck, csv or apkg" });
    const source = url.searchParams.get("source") === "draft" ? "draft" : "published";
    const file = await exportDeck(actor, (await params).slug, format, source, new Date());
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.fileName}"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
