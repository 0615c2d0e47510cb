import "server-only";

/**
 * The caller's address. server.mjs overwrites X-Forwarded-For with the socket's address unless
 * TRUST_PROXY=1 (behind a reverse proxy that sets it), so a client cannot choose its own.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for") ?? "";
  const last = forwarded
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .at(-1);
  return last ?? "unknown";
}
