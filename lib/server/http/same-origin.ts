import "server-only";
import { getCurrentUser, type Actor } from "../auth/current-user";
import { jsonNestingDepth } from "@/lib/core/text/json-nesting-depth";
import { AppError } from "../errors";

/**
 * State-changing route handlers that rely on the session cookie accept only same-origin requests
 * (server actions get this check from Next). A request without Origin is refused too: browsers
 * always send it on POST, so its absence means a client we cannot vouch for.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (!origin) throw new AppError("BAD_ORIGIN", { message: "missing Origin" });
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    throw new AppError("BAD_ORIGIN", { message: "bad Origin" });
  }
  if (!allowedOrigins(request).includes(sent)) throw new AppError("BAD_ORIGIN", { message: "cross-origin request refused" });
}

/**
 * Our own origin, scheme and port included: the one the request reached (X-Forwarded-Host/-Proto
 * count only with TRUST_PROXY=1, since any client can send them), and the public NEXTAUTH_URL.
 */
function allowedOrigins(request: Request): string[] {
  const trustProxy = process.env.TRUST_PROXY === "1";
  const first = (name: string) => request.headers.get(name)?.split(",")[0].trim() || null;
  const host = (trustProxy && first("x-forwarded-host")) || request.headers.get("host");
  const scheme = (trustProxy && first("x-forwarded-proto")) || new URL(request.url).protocol.replace(":", "");
  const origins: string[] = [];
  for (const candidate of [host ? `${scheme}://${host}` : null, process.env.NEXTAUTH_URL ?? null]) {
    try {
      if (candidate) origins.push(new URL(candidate).origin);
    } catch {
      // a malformed Host header names no origin of ours
    }
  }
  return origins;
}

/** The signed-in user behind a same-origin request that relies on the session cookie (401 when signed out). */
export async function sameOriginUser(request: Request): Promise<Actor> {
  assertSameOrigin(request);
  const actor = await getCurrentUser();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Reads a JSON body of at most `maxBytes`, answering 413 without reading further. */
/** No request body of ours nests deeper than a few levels; validators recurse, so cap it before parsing. */
export const MAX_JSON_DEPTH = 32;

export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBodyBytes(request, maxBytes);
  const text = bytes.toString("utf8");
  const depth = jsonNestingDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH) throw new AppError("INVALID_INPUT", { message: `body is nested deeper than ${MAX_JSON_DEPTH} levels` });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", { message: "body is not JSON" });
  }
}

/**
 * Reads a body of at most `maxBytes`. A declared Content-Length over the limit is refused before a
 * byte is read; a chunked body is refused as soon as it passes the limit, so an oversized upload is
 * never held in memory whole.
 */
export async function readBodyBytes(request: Request, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  if (!reader) throw new AppError("INVALID_INPUT", { message: "empty body" });
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  if (size === 0) throw new AppError("INVALID_INPUT", { message: "empty body" });
  return Buffer.concat(chunks);
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", { message: `the body is larger than the limit of ${maxBytes} bytes`, details: { limitBytes: maxBytes } });
}
