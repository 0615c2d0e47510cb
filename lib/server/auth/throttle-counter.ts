import "server-only";
import { db } from "../db";
import { rawNumber } from "../db/raw-values";

export type Count = { count: number; windowStart: Date };

/**
 * Counts one attempt under `key` in a fixed window, in one SQL statement (insert or bump, reset
 * when the window has passed, RETURNING the result), so any number of concurrent requests and
 * processes count exactly once each: no read-modify-write in application memory.
 */
export async function bumpCounter(key: string, now: Date, windowMs: number): Promise<Count> {
  const expiredBefore = new Date(now.getTime() - windowMs);
  const [row] = await db.$queryRaw<{ failures: bigint | number; windowStart: Date | string | number }[]>`
    INSERT INTO "SignInThrottle" ("key", "failures", "windowStart") VALUES (${key}, 1, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "SignInThrottle"."windowStart" <= ${expiredBefore} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "SignInThrottle"."windowStart" <= ${expiredBefore} THEN ${now} ELSE "SignInThrottle"."windowStart" END
    RETURNING "failures", "windowStart"`;
  return { count: rawNumber(row.failures), windowStart: new Date(row.windowStart) };
}

/** The current count under `key` (0 when none or the window has passed); reads only. */
export async function readCounter(key: string, now: Date, windowMs: number): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { failures: true, windowStart: true } });
  if (!row || now.getTime() - row.windowStart.getTime() >= windowMs) return 0;
  return row.failures;
}

/** Seconds until the window that began at `windowStart` ends (at least 1). */
export function secondsLeft(windowStart: Date, now: Date, windowMs: number): number {
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
}
