import "server-only";
// The endpoints the custom server (server.mjs) answers itself, before Next: only the ones every
// learner calls many times a minute, where Next's request pipeline cost several times the work
// itself (issue 16: ~8 ms of CPU per review against ~0.3 ms here; on GET queue + reveal about 40%
// of the server's CPU once their reads left Prisma). Same functions as the Next route handlers
// behind them (http/api-request.ts), same headers as next.config.js gives /api/; everything else
// goes on to Next. Bundled at build time into .next/kubedrill-hot.mjs
// (scripts/lib/build-hot-routes.ts). Nothing on this path uses Prisma (its statements have a
// connection or pool of their own), so its client is never built twice in one process.
import type { IncomingMessage, ServerResponse } from "node:http";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "@/lib/http/security-headers.mjs";
import { getEnv } from "../env";
import { AppError } from "../errors";
import { answering, type ApiRequest, type JsonAnswer } from "../http/api-request";
import { readRequiredBody } from "../http/request-checks";
import { answerReviewQueue } from "../reviews/review-queue-request";
import { answerRevealCard } from "../reviews/reveal-card-request";
import { answerReviewSubmit } from "../reviews/submit-reviews-request";
import { HOT_ENDPOINTS, markHotEndpointsServed } from "./hot-endpoints";

const HEADERS: Record<string, string> = {
  ...Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value])),
  "Content-Security-Policy": API_CONTENT_SECURITY_POLICY,
  "Cache-Control": "no-store",
  "Content-Type": "application/json",
};

type Endpoint = (request: ApiRequest, params: string[]) => Promise<JsonAnswer>;

const ENDPOINTS: Record<(typeof HOT_ENDPOINTS)[number], Endpoint> = {
  "POST /api/v1/reviews": (request) => answerReviewSubmit(request),
  "GET /api/v1/decks/[slug]/queue": (request, [slug]) => answerReviewQueue(request, slug),
  "POST /api/v1/cards/[cardId]/reveal": (request, [cardId]) => answerRevealCard(request, cardId),
};

// "GET /api/v1/decks/[slug]/queue" → its method, and a pattern whose groups are the [params].
const ROUTES = Object.entries(ENDPOINTS).map(([endpoint, answer]) => {
  const [method, path] = endpoint.split(" ");
  return { endpoint, method, pattern: new RegExp(`^${path.replace(/\[[^\]]+\]/g, "([^/]+)")}$`), answer };
});

type Handler = (request: IncomingMessage, response: ServerResponse) => boolean;

/** The handler for this instance, or null when every request goes to Next (HOT_ROUTES=0). */
export function hotRoutes(): Handler | null {
  if (getEnv().HOT_ROUTES !== "1") return null;
  markHotEndpointsServed();
  return serveHotRoute;
}

/** Answers the request and returns true when it is one of ours; false leaves it to Next. */
export function serveHotRoute(request: IncomingMessage, response: ServerResponse): boolean {
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  let params: string[] | null = null;
  const route = ROUTES.find((r) => r.method === request.method && (params = r.pattern.exec(path)?.slice(1) ?? null));
  if (!route || !params) return false;
  // Whether the request's body has been read to its end (a GET declares none).
  const body = {
    complete: request.method === "GET" && !request.headers["content-length"] && !request.headers["transfer-encoding"],
  };
  const apiRequest: ApiRequest = {
    header: (name) => headerOf(request, name),
    scheme: (request.socket as { encrypted?: boolean }).encrypted ? "https" : "http",
    query: new URLSearchParams(queryAt === -1 ? "" : url.slice(queryAt + 1)),
    readBody: (maxBytes) => readBody(request, maxBytes, body),
  };
  const segments = params as string[];
  answering(async () => route.answer(apiRequest, segments.map(decodeSegment))).then(
    (answer) => send(response, answer, body.complete),
    (error: unknown) => {
      console.error(`[kubedrill] ${route.endpoint} failed:`, error);
      send(
        response,
        { status: 500, body: { error: { code: "INTERNAL_ERROR", message: "something went wrong; try again" } } },
        body.complete,
      );
    },
  );
  return true;
}

/** A path segment as Next hands it to a route handler: percent-decoded (a malformed one is a 400). */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new AppError("INVALID_INPUT", { message: "malformed path" });
  }
}

function headerOf(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name];
  return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
}

/** The body as Next's handlers read it (readRequiredBody); `state.complete` once it was read to its end. */
async function readBody(request: IncomingMessage, maxBytes: number, state: { complete: boolean }): Promise<Buffer> {
  try {
    return await readRequiredBody(request, request.headers["content-length"], maxBytes);
  } finally {
    state.complete = request.readableEnded;
  }
}

function send(response: ServerResponse, { status, body }: JsonAnswer, bodyRead: boolean) {
  if (response.headersSent) return void response.end();
  const text = JSON.stringify(body);
  // A body left unread would be taken for the next request on this connection: close it instead.
  const connection = bodyRead ? {} : { Connection: "close" };
  response.writeHead(status, { ...HEADERS, ...connection, "Content-Length": Buffer.byteLength(text) });
  response.end(text);
}
