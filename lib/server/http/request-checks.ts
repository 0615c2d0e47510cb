import "server-only";
// Checks on a request that need nothing of Next: the same-origin rule and JSON body limits, for
// Next's route handlers (same-origin.ts wraps them for a Request) and for the endpoints the custom
// server answers itself (lib/server/hot).
import { readLimitedBody } from "@/lib/http/read-limited-body.mjs";
import { jsonNestingDepth } from "@/lib/core/text/json-nesting-depth";
import { AppError } from "../errors";

/**
 * State-changing requests that rely on the session cookie are accepted only from our own origin;
 * `scheme` is the one the request reached this server by.
 */
export function assertSameOriginOf(header: (name: string) => string | null, scheme: string): void {
  const origin = header("origin");
  if (!origin) throw new AppError("BAD_ORIGIN", { message: "missing Origin" });
  let sent: string;
  try {
    sent = new URL(origin).origin;
  } catch {
    throw new AppError("BAD_ORIGIN", { message: "bad Origin" });
  }
  if (!allowedOrigins(header, scheme).includes(sent))
    throw new AppError("BAD_ORIGIN", { message: "cross-origin request refused" });
}

/**
 * Our own origin, scheme and port included: the one the request reached (X-Forwarded-Host/-Proto
 * count only with TRUST_PROXY=1, since any client can send them), and the public NEXTAUTH_URL.
 */
function allowedOrigins(header: (name: string) => string | null, reachedScheme: string): string[] {
  const trustProxy = process.env.TRUST_PROXY === "1";
  const first = (name: string) => header(name)?.split(",")[0].trim() || null;
  const host = (trustProxy && first("x-forwarded-host")) || header("host");
  const scheme = (trustProxy && first("x-forwarded-proto")) || reachedScheme;
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

/** No request body of ours nests deeper than a few levels; validators recurse, so cap it before parsing. */
export const MAX_JSON_DEPTH = 32;

/** A body's bytes as JSON: 400 when it is not JSON or nests deeper than MAX_JSON_DEPTH. */
export function parseJsonBody(bytes: Buffer): unknown {
  const text = bytes.toString("utf8");
  const depth = jsonNestingDepth(text, MAX_JSON_DEPTH);
  if (depth > MAX_JSON_DEPTH)
    throw new AppError("INVALID_INPUT", { message: `body is nested deeper than ${MAX_JSON_DEPTH} levels` });
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("INVALID_INPUT", { message: "body is not JSON" });
  }
}

export function tooLarge(maxBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", {
    message: `the body is larger than the limit of ${maxBytes} bytes`,
    details: { limitBytes: maxBytes },
  });
}

/**
 * A body an endpoint requires, of at most `maxBytes` (read-limited-body.mjs): 413 past the limit,
 * 400 when empty. The same rule for Next's route handlers and the custom server's endpoints.
 */
export async function readRequiredBody(
  chunks: AsyncIterable<Uint8Array> | null,
  declaredLength: string | null | undefined,
  maxBytes: number,
): Promise<Buffer> {
  const bytes = await readLimitedBody(chunks, declaredLength, maxBytes);
  if (bytes === "too-large") throw tooLarge(maxBytes);
  if (bytes.length === 0) throw new AppError("INVALID_INPUT", { message: "empty body" });
  return bytes;
}
