import "server-only";
// Next's side of api-request.ts: a route handler's Request as an ApiRequest, and the answer as a Response.
import type { ApiRequest, JsonAnswer } from "./api-request";
import { readBodyBytes } from "./same-origin";

export function apiRequestOf(request: Request): ApiRequest {
  const url = new URL(request.url);
  return {
    header: (name) => request.headers.get(name),
    scheme: url.protocol.replace(":", ""),
    query: url.searchParams,
    readBody: (maxBytes) => readBodyBytes(request, maxBytes),
  };
}

export function responseOf({ status, body }: JsonAnswer): Response {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
