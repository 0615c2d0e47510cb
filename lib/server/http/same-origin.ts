import "server-only";
import { getCurrentUser, type Actor } from "../auth/current-user";
import { AppError } from "../errors";
import { assertSameOriginOf, parseJsonBody, readRequiredBody } from "./request-checks";

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

/** Reads a body of at most `maxBytes` (see readRequiredBody); an empty one is a 400. */
export function readBodyBytes(request: Request, maxBytes: number): Promise<Buffer> {
  return readRequiredBody(
    request.body as AsyncIterable<Uint8Array> | null,
    request.headers.get("content-length"),
    maxBytes,
  );
}
