// The API description is public documentation: it holds no data, so anyone may read it.
import { openApiDocument } from "@/lib/server/http/openapi-document";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument, { headers: { "Cache-Control": "public, max-age=300" } });
}
