// The HTTP server: Next's request handler behind one rule Next itself does not enforce. Next keeps
// any X-Forwarded-For a client sends; sign-in throttling must see the real address, so it is set
// from the socket here unless TRUST_PROXY=1 says a reverse proxy in front sets it. Static files are
// answered as Brotli when the build left a compressed copy (lib/http/precompressed-static.mjs), and
// requests Next would answer with a 500 are refused with a 400 first (lib/http/guard-request.mjs).
// The review submit, the one write every learner makes many times a minute, is answered here by
// the same function as its Next route handler, without Next's per-request cost (lib/server/hot).
import fs from "node:fs";
import http from "node:http";
import next from "next";
import { servePrecompressed } from "./lib/http/precompressed-static.mjs";
import { answerBadRequest, answerError, refuseRequest } from "./lib/http/guard-request.mjs";
import {
  checkActionBody,
  readActionBody,
  replayRequest,
  routeHandlerMatcher,
} from "./lib/http/check-action-request.mjs";

const dev = process.argv.includes("--dev");
const HOT_ROUTES_FILE = ".next/kubedrill-hot.mjs";
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1";

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
// The few endpoints answered here before Next (lib/server/hot: the review submit), built with the app.
const hotRoutes = dev || !fs.existsSync(HOT_ROUTES_FILE) ? null : (await import(`./${HOT_ROUTES_FILE}`)).hotRoutes();

// A POST carrying a Next-Action header, or a form posted to a page (Next looks for a no-JavaScript
// action in it), is decoded by Next's action handler: check its body first.
const isRouteHandler = routeHandlerMatcher(dev);
function isActionRequest(request) {
  if (request.method !== "POST") return false;
  if (request.headers["next-action"]) return true;
  const type = request.headers["content-type"] ?? "";
  return (
    !isRouteHandler((request.url ?? "/").split("?")[0]) &&
    (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"))
  );
}

async function handleAction(request, response) {
  const read = await readActionBody(request);
  if (!read.bytes) return answerError(response, read.status, read.message);
  const problem = await checkActionBody(request.headers["content-type"], read.bytes);
  if (problem) return answerBadRequest(response, problem);
  handle(replayRequest(request, read.bytes), response);
}

const server = http.createServer((request, response) => {
  if (!trustProxy || !request.headers["x-forwarded-for"])
    request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
  // HSTS only where the browser actually reached us over https (directly, or via a trusted proxy).
  const https =
    request.socket.encrypted ||
    (trustProxy &&
      String(request.headers["x-forwarded-proto"] ?? "")
        .split(",")[0]
        .trim() === "https");
  if (https) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  const refused = refuseRequest(request.url);
  if (refused) return answerBadRequest(response, refused);
  if (!dev && servePrecompressed(".next/static", request, response)) return;
  if (hotRoutes?.(request, response)) return;
  if (isActionRequest(request)) {
    handleAction(request, response).catch(() => answerBadRequest(response, "the action request could not be read"));
    return;
  }
  handle(request, response);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`[kubedrill] ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
  // To the supervisor (scripts/lib/supervise.mjs): a later death is not a start-up crash loop. The
  // callback keeps a closed channel (the supervisor already gone) from becoming an uncaught error.
  if (process.connected) process.send?.("ready", () => undefined);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
