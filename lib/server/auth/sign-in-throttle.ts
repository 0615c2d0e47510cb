import "server-only";
import { db } from "../db";
import { getEnv } from "../env";

// Ten attempts per window from one address, and ten per window against one account (from any
// address). Counters live in the database so a restart does not reset them.
export const SIGNIN_LIMIT = 10;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const windowMs = () => getEnv().SIGNIN_WINDOW_SECONDS * 1000;
export const throttleKeys = (ip: string, email: string) => [`ip:${ip}`, `account:${email}`];

type Row = { key: string; failures: number; windowStart: Date };

function currentFailures(row: Row | undefined, now: Date): number {
  if (!row || now.getTime() - row.windowStart.getTime() >= windowMs()) return 0;
  return row.failures;
}

function retryAfter(rows: Row[], now: Date): number {
  const ends = rows.map((r) => r.windowStart.getTime() + windowMs() - now.getTime());
  return Math.max(1, Math.ceil(Math.max(...ends) / 1000));
}

/**
 * Counts an attempt before the password is checked, atomically with the limit check (all database
 * work is queued, see db.ts), so concurrent attempts cannot all slip past the limit.
 */
export async function reserveSignInAttempt(keys: string[], now: Date): Promise<ThrottleDecision> {
  return db.$transaction(async (tx) => {
    const rows: Row[] = await tx.signInThrottle.findMany({ where: { key: { in: keys } } });
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const full = keys.map((k) => byKey.get(k)).filter((r): r is Row => !!r && currentFailures(r, now) >= SIGNIN_LIMIT);
    if (full.length > 0) return { allowed: false, retryAfterSeconds: retryAfter(full, now) };
    for (const key of keys) {
      const row = byKey.get(key);
      const fresh = currentFailures(row, now) === 0;
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures: 1, windowStart: now },
        update: fresh ? { failures: 1, windowStart: now } : { failures: { increment: 1 } },
      });
    }
    return { allowed: true };
  });
}

/** A successful sign-in clears the account's counter and gives the address its attempt back. */
export async function releaseSignInAttempt(keys: string[]): Promise<void> {
  const [ipKey, accountKey] = keys;
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: accountKey } }),
    db.signInThrottle.updateMany({ where: { key: ipKey, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } }),
  ]);
}
