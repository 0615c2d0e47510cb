import "server-only";
import { getCurrentUser, type Actor } from "../auth/current-user";
import { AppError } from "../errors";
import { assertSameOriginOf, parseJsonBody, tooLarge } from "./request-checks";

/**
 * State-changing route handlers that rely on the session cookie accept only same-origin requests
 * (server actions get this check from Next). A request without Origin is refused too: browsers
 * always send it on POST, so its absence means a client we cannot vouch for.
 */
export function assertSameOrigin(request: Request): void {
  assertSameOriginOf((name) => request.headers.get(name), new URL(request.url).protocol.replace(":", ""));
}

/** The signed-in user behind a same-origin request that relies on the session cookie (401 when signed out). */
export async function sameOriginUser(request: Request): Promise<Actor> {
  assertSameOrigin(request);
  const actor = await getCurrentUser();
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Reads a JSON body of at most `maxBytes`, answering 413 without reading further. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  return parseJsonBody(await readBodyBytes(request, maxBytes));
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
