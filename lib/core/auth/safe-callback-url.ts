// Where to go after signing in. The callback comes from the query string, so it is hostile until
// proved otherwise. Browsers drop tab/CR/LF inside URLs and treat "\" like "/", so a string
// check ("starts with one slash") is not enough: "/\t/evil.example" becomes "//evil.example".
// We resolve it the way a browser would, with the WHATWG URL parser, against a placeholder origin
// of our own, and keep only the path, query and fragment of a same-origin result.
const OWN_ORIGIN = "https://kubedrill.invalid";

// C0 controls (tab, CR, LF, …) and DEL: the URL parser strips some silently and chokes on none,
// but a callback that contains any of them was not written by our own pages.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;

export function safeCallbackUrl(raw: string | undefined | null, fallback = "/"): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  if (CONTROL_CHARACTERS.test(raw)) return fallback;
  // Only relative paths: a scheme ("javascript:", "https:") or a host ("//x", "/\\x") is refused
  // below by the origin comparison, but requiring the leading "/" keeps "evil.example" out too.
  if (!raw.startsWith("/")) return fallback;
  let resolved: URL;
  try {
    resolved = new URL(raw, OWN_ORIGIN);
  } catch {
    return fallback;
  }
  if (resolved.origin !== OWN_ORIGIN) return fallback;
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  // The result is re-read by the browser relative to our own origin: it must still start with a
  // single "/" (pathname normalisation never yields "//", but keep the guarantee local).
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}
