import "server-only";
import { db } from "../db";

/**
 * Remembers a signed-out session token by its id until it would have expired; expired entries are
 * pruned on the way. Idempotent (ON CONFLICT), so a repeated sign-out is harmless.
 */
export async function revokeSession(token: { jti?: unknown; exp?: unknown }, now: Date): Promise<void> {
  if (typeof token.jti !== "string" || token.jti === "") return;
  const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : now.getTime() + 30 * 24 * 3600 * 1000);
  await db.$executeRaw`INSERT INTO "RevokedSession" ("jti", "expiresAt") VALUES (${token.jti}, ${expiresAt}) ON CONFLICT ("jti") DO NOTHING`;
  await db.$executeRaw`DELETE FROM "RevokedSession" WHERE "expiresAt" < ${now}`;
}
