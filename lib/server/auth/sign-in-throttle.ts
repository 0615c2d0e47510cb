import "server-only";
import { db } from "../db";
import { getEnv } from "../env";
import { bumpCounter, secondsLeft } from "./throttle-counter";

// Ten attempts per window from one address, and ten failures per window against one account. The
// account limit only stops addresses that have themselves failed in the window (OWASP's advice):
// a stranger's ten wrong passwords cannot lock the owner out, who signs in from a clean address.
// Counters live in the database, bumped in SQL, so restarts and several processes share them.
export const SIGNIN_LIMIT = 10;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const windowMs = () => getEnv().SIGNIN_WINDOW_SECONDS * 1000;
export const throttleKeys = (ip: string, email: string) => [`ip:${ip}`, `account:${email}`];

/** Counts the attempt before the password is checked, and decides whether it may be checked at all. */
export async function reserveSignInAttempt(keys: string[], now: Date): Promise<ThrottleDecision> {
  const [ipKey, accountKey] = keys;
  const address = await bumpCounter(ipKey, now, windowMs());
  if (address.count > SIGNIN_LIMIT)
    return { allowed: false, retryAfterSeconds: secondsLeft(address.windowStart, now, windowMs()) };
  const account = await bumpCounter(accountKey, now, windowMs());
  const addressHadFailed = address.count > 1;
  if (account.count > SIGNIN_LIMIT && addressHadFailed)
    return { allowed: false, retryAfterSeconds: secondsLeft(account.windowStart, now, windowMs()) };
  return { allowed: true };
}

/** A successful sign-in clears the account's counter and gives the address its attempt back. */
export async function releaseSignInAttempt(keys: string[]): Promise<void> {
  const [ipKey, accountKey] = keys;
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: accountKey } }),
    db.signInThrottle.updateMany({ where: { key: ipKey, failures: { gt: 0 } }, data: { failures: { decrement: 1 } } }),
  ]);
}
