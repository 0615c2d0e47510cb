import { z } from "zod";

/**
 * The form an email is stored and compared in: NFKC (so a full-width ｕｓｅｒ＠ｅｘａｍｐｌｅ．ｃｏｍ
 * is the same account as user@example.com), trimmed and lower-cased.
 */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

export const emailSchema = z
  .string()
  .max(254)
  .transform(normalizeEmail)
  .pipe(z.email({ message: "invalid-email" }));
