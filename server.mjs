// The HTTP server: Next's request handler behind one rule Next itself does not enforce. Next keeps
// any X-Forwarded-For a client sends; sign-in throttling must see the real address, so it is set
// from the socket here unless TRUST_PROXY=1 says a reverse proxy in front sets it. Static files are
// answered as Brotli when the build left a compressed copy (lib/http/precompressed-static.mjs).
import http from "node:http";
import next from "next";
import { servePrecompressed } from "./lib/http/precompressed-static.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trustProxy = process.env.TRUST_PROXY === "1";

const app = next({ dev, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  if (!trustProxy || !request.headers["x-forwarded-for"]) request.headers["x-forwarded-for"] = request.socket.remoteAddress ?? "unknown";
  if (!dev && servePrecompressed(".next/static", request, response)) return;
  handle(request, response);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`[kubedrill] ready on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`));

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
