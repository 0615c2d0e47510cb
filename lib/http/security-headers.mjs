// Headers every response carries. One list for next.config.js (pages, API, files Next serves) and
// server.mjs (the pre-compressed static files it serves itself), so neither can drift from the other.
/** @type {{ key: string; value: string }[]} */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** JSON and downloads under /api/: nothing may load, run or frame (pages get a nonce policy in proxy.ts). */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
