import "server-only";
// The endpoints the custom server (server.mjs) answers itself, before Next: only the ones every
// learner calls many times a minute, where Next's request pipeline cost several times the work
// itself (issue 16: ~8 ms of CPU per review against ~0.3 ms here). Same function as the Next
// route handler behind them (submit-reviews-request.ts), same headers as next.config.js gives
// /api/; everything else goes on to Next. Bundled at build time into .next/kubedrill-hot.mjs
// (scripts/lib/build-hot-routes.ts). Nothing on this path uses Prisma (the review statements have
// a connection or pool of their own), so its client is never built twice in one process.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/http/security-headers.mjs";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { tooLarge } from "../http/request-checks";
import { answerReviewSubmit } from "../reviews/submit-reviews-request";
import { HOT_ENDPOINTS, markHotEndpointsServed } from "./hot-endpoints";

const HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
  "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
  "Cache-Control": "no-store",
  "Content-Type": "application/json",
};

type Handler = (request: IncomingMessage, response: ServerResponse) => boolean;

/** The handler for this instance, or null when every request goes to Next (HOT_ROUTES=0). */
export function hotRoutes(): Handler | null {
  if (getEnv().HOT_ROUTES !== "1") return null;
  markHotEndpointsServed();
  return serveHotRoute;
}

/** Answers the request and returns true when it is one of ours; false leaves it to Next. */
export function serveHotRoute(request: IncomingMessage, response: ServerResponse): boolean {
  if (!HOT_ENDPOINTS.includes(`${request.method} ${pathOf(request.url)}` as (typeof HOT_ENDPOINTS)[number])) return false;
  const body = { complete: false };
  answerReviewSubmit({
    header: (name) => headerOf(request, name),
    scheme: (request.socket as { encrypted?: boolean }).encrypted ? "https" : "http",
    readBody: (maxBytes) => readBody(request, maxBytes, body),
  }).then(
    ({ status, body: answer }) => send(response, status, answer, body.complete),
    (error: unknown) => {
      console.error("[kubedrill] POST /api/v1/reviews failed:", error);
      send(response, 500, { error: { code: "INTERNAL_ERROR", message: "the review could not be recorded; send it again" } }, body.complete);
    },
  );
  return true;
}

const pathOf = (url: string | undefined) => {
  const end = (url ?? "/").indexOf("?");
  return end === -1 ? url : url!.slice(0, end);
};

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

/** The body up to `maxBytes`: a declared or streamed excess is refused before more is held. */
async function readBody(request: IncomingMessage, maxBytes: number, state: { complete: boolean }): Promise<Buffer> {
  if (Number(request.headers["content-length"] ?? "0") > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  state.complete = true;
  if (size === 0) throw new AppError("INVALID_INPUT", { message: "empty body" });
  return Buffer.concat(chunks);
}

function send(response: ServerResponse, status: number, body: unknown, bodyRead: boolean) {
  if (response.headersSent) return void response.end();
  const text = JSON.stringify(body);
  // A body left unread would be taken for the next request on this connection: close it instead.
  const connection = bodyRead ? {} : { Connection: "close" };
  response.writeHead(status, { ...HEADERS, ...connection, "Content-Length": Buffer.byteLength(text) });
  response.end(text);
}
