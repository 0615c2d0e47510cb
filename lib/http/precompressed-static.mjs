// Next's static files (/_next/static/**, content-hashed and immutable) as Brotli, compressed once at
// build time at the highest quality (scripts/lib/precompress-static.ts). Next itself only gzips, on
// every request; Brotli at quality 11 is about a fifth smaller for our JavaScript, which a phone on
// a slow connection feels. Browsers that do not accept Brotli get Next's answer as before.
import fs from "node:fs";
import path from "node:path";
import { SECURITY_HEADERS } from "./security-headers.mjs";

const PREFIX = "/_next/static/";
// The same Content-Type values Next sends for these files.
const TYPES = { ".js": "application/javascript; charset=UTF-8", ".css": "text/css; charset=UTF-8" };

/** True when the Accept-Encoding header accepts Brotli (a `br;q=0` refuses it). */
export function acceptsBrotli(acceptEncoding) {
  if (!acceptEncoding) return false;
  return acceptEncoding.split(",").some((part) => {
    const [coding, ...params] = part.trim().split(";");
    if (coding.trim().toLowerCase() !== "br") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The `.br` file for a request, or null when this request is not one to answer from a
 * pre-compressed file (another path, another method, no Brotli, no such file, a path that would
 * leave the static folder).
 */
export function brotliFileFor(staticDir, method, url, acceptEncoding) {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!url?.startsWith(PREFIX) || !acceptsBrotli(acceptEncoding)) return null;
  let relative;
  try {
    relative = decodeURIComponent(url.slice(PREFIX.length).split("?")[0]);
  } catch {
    return null;
  }
  const type = TYPES[path.extname(relative)];
  const root = path.resolve(staticDir);
  const file = path.resolve(root, relative);
  if (!type || !file.startsWith(root + path.sep)) return null;
  try {
    const stat = fs.statSync(`${file}.br`);
    return stat.isFile() ? { path: `${file}.br`, size: stat.size, type } : null;
  } catch {
    return null;
  }
}

/** Answers from the `.br` file when there is one; returns false to let Next answer. */
export function servePrecompressed(staticDir, request, response) {
  const file = brotliFileFor(staticDir, request.method, request.url, request.headers["accept-encoding"]);
  if (!file) return false;
  response.statusCode = 200;
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  response.setHeader("Content-Type", file.type);
  response.setHeader("Content-Encoding", "br");
  response.setHeader("Content-Length", file.size);
  response.setHeader("Vary", "Accept-Encoding");
  response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
  if (request.method === "HEAD") response.end();
  else
    fs.createReadStream(file.path)
      .on("error", () => response.destroy())
      .pipe(response);
  return true;
}
