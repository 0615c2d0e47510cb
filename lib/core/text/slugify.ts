/**
 * Lower-case ASCII letters, digits and single dashes: "Pod の基本 (L1)" → "pod-l1". Accents are
 * dropped (é → e); other scripts vanish, so callers need a fallback for an empty result.
 */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength + 1)
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/, "");
}
