// A Cookie header read without Next's request scope (the custom server's endpoints get the raw
// header; Next's cookies() is the same rule for pages and route handlers).

/** The cookies of a Cookie header by name (values as sent; ours are never URL-encoded). */
export function cookiesOf(cookieHeader: string | null | undefined): Map<string, string> {
  const found = new Map<string, string>();
  for (const part of (cookieHeader ?? "").split(";")) {
    const at = part.indexOf("=");
    if (at > 0) found.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return found;
}
