/** Only same-site paths: "/x" yes, "//evil.example" and "https://evil.example" no. */
export function safeCallbackUrl(raw: string | undefined | null, fallback = "/"): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
}
