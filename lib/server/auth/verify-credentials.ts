import "server-only";
import { normalizeEmail } from "@/lib/core/auth/normalize-email";
import { PASSWORD_MAX, passwordLength } from "@/lib/core/auth/password-rules";
import { db } from "../db";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { releaseSignInAttempt, reserveSignInAttempt, throttleKeys } from "./sign-in-throttle";

export type SignInUser = { id: string; email: string; role: string; sessionVersion: number };
export type CredentialsResult =
  | { ok: true; user: SignInUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

/**
 * Unknown email and wrong password give the same result and cost the same time. Every attempt is
 * counted against the address and the account before the hash is computed.
 */
export async function verifyCredentials(input: {
  email: string;
  password: string;
  ip: string;
  now: Date;
}): Promise<CredentialsResult> {
  const email = normalizeEmail(input.email);
  const keys = throttleKeys(input.ip, email);
  const decision = await reserveSignInAttempt(keys, input.now);
  if (!decision.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const tooLong = passwordLength(input.password) > PASSWORD_MAX;
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user?.passwordHash || !matches || tooLong) return { ok: false, reason: "invalid" };

  await releaseSignInAttempt(keys);
  return { ok: true, user: { id: user.id, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
}
