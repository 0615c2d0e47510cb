export type BackoffSettings = { baseDelayMs: number; maxDelayMs: number };

/**
 * Exponential backoff with "equal jitter": half the step is fixed, half random, so devices that
 * lost the network together do not all come back in the same instant.
 * `failures` counts consecutive failures (1 for the first); `random` returns [0, 1).
 */
export function backoffDelay(failures: number, random: () => number, settings: BackoffSettings): number {
  const step = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + random() * (step / 2));
}
