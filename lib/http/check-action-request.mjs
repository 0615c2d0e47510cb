// Server-action requests (POST with a Next-Action header) are read here before Next sees them:
// Next answers a body it cannot decode (empty, truncated JSON, an unclosed multipart part) with a
// 500. We buffer the body (it is small: our actions take a form, never an upload), refuse what
// cannot be decoded with a 400, and hand Next an identical request built from the buffered bytes.
import fs from "node:fs";
import { IncomingMessage } from "node:http";
import { readLimitedBody } from "./read-limited-body.mjs";

export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
const MAX_DEPTH = 32;

/** Reads the body up to the limit: { bytes } or { status, message }. */
export async function readActionBody(request) {
  const bytes = await readLimitedBody(request, request.headers["content-length"], MAX_ACTION_BODY_BYTES);
  return bytes === "too-large"
    ? { status: 413, message: `the body is larger than ${MAX_ACTION_BODY_BYTES} bytes` }
    : { bytes };
}

function depthOf(value, depth = 0) {
  if (depth > MAX_DEPTH) return depth;
  if (value === null || typeof value !== "object") return depth;
  let deepest = depth + 1;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child, depth + 1));
    if (deepest > MAX_DEPTH) break;
  }
  return deepest;
}

// React's reply encoding marks references with "$" (a user string starting with "$" is escaped as
// "$$"). Our actions take (previous state, FormData) or (FormData): the FormData reference "$K…"
// comes last, and the previous state is plain data. Any other reference (promises "$@", maps "$Q",
// server references "$h", …) never comes from our pages, and Next answers a dangling one with a 500.
const PLAIN_VALUE = /^\$(\$|undefined$|NaN$|Infinity$|-Infinity$|-0$|D|n-?\d+$)/;
const FORM_REFERENCE = /^\$K[0-9a-f]+$/;

function hasReference(value, depth = 0) {
  if (typeof value === "string") return value.startsWith("$") && !PLAIN_VALUE.test(value);
  if (value === null || typeof value !== "object" || depth > MAX_DEPTH) return false;
  return Object.values(value).some((child) => hasReference(child, depth + 1));
}

function checkArguments(text) {
  let args;
  try {
    args = JSON.parse(text);
  } catch {
    return "the action's arguments are not valid JSON";
  }
  if (!Array.isArray(args)) return "the action's arguments must be a list";
  if (depthOf(args) > MAX_DEPTH) return `the action's arguments nest deeper than ${MAX_DEPTH} levels`;
  const last = args.at(-1);
  if (args.length > 0 && !(typeof last === "string" && FORM_REFERENCE.test(last)))
    return "the action's last argument must be its form";
  if (args.slice(0, -1).some((arg) => hasReference(arg)))
    return "the action's arguments hold references our forms never send";
  return null;
}

/** Why an action body cannot be decoded, or null when Next may have it. */
export async function checkActionBody(contentType, bytes) {
  const type = (contentType ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    let form;
    try {
      form = await new Request("http://action.invalid/", {
        method: "POST",
        headers: { "content-type": contentType },
        body: bytes,
      }).formData();
    } catch {
      return "malformed multipart body";
    }
    const encoded = form.get("0");
    // A form posted without JavaScript carries $ACTION_ fields instead of React's encoded arguments.
    if (encoded === null)
      return [...form.keys()].some((key) => key.startsWith("$ACTION_")) ? null : "the form carries no action arguments";
    return typeof encoded === "string" ? checkArguments(encoded) : "the action's arguments must be text";
  }
  if (type.startsWith("text/plain")) return checkArguments(bytes.toString("utf8"));
  if (type.startsWith("application/x-www-form-urlencoded")) return null;
  return "unsupported content type for a server action";
}

/** A request with the same head as `original` whose body is `bytes`. */
export function replayRequest(original, bytes) {
  const replay = new IncomingMessage(original.socket);
  replay.method = original.method;
  replay.url = original.url;
  replay.httpVersion = original.httpVersion;
  replay.httpVersionMajor = original.httpVersionMajor;
  replay.httpVersionMinor = original.httpVersionMinor;
  replay.headers = { ...original.headers, "content-length": String(bytes.length) };
  delete replay.headers["transfer-encoding"];
  replay.rawHeaders = original.rawHeaders;
  replay.push(bytes);
  replay.push(null);
  replay.complete = true;
  return replay;
}

/**
 * Whether a path is one of the app's route handlers (app/**​/route.ts), from the build's manifest;
 * in development (no manifest yet) every /api/ path counts as one.
 */
export function routeHandlerMatcher(dev) {
  let routes = [];
  try {
    routes = Object.entries(JSON.parse(fs.readFileSync(".next/app-path-routes-manifest.json", "utf8")))
      .filter(([page]) => page.endsWith("/route"))
      .map(([, route]) => new RegExp(`^${route.split("/").map(segmentPattern).join("/")}/?$`));
  } catch {
    if (!dev) throw new Error("the build has no .next/app-path-routes-manifest.json");
  }
  return (path) => (routes.length === 0 ? path.startsWith("/api/") : routes.some((route) => route.test(path)));
}

function segmentPattern(segment) {
  if (/^\[\.\.\..+\]$/.test(segment)) return ".+";
  if (/^\[.+\]$/.test(segment)) return "[^/]+";
  return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
