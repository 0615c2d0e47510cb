/** The subset of the Web Locks API (navigator.locks) the outbox uses. */
export type LockManagerLike = {
  request<T>(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<T>): Promise<T>;
};

const running = new Map<string, Promise<unknown>>();

export function browserLocks(): LockManagerLike | null {
  const nav = (globalThis as { navigator?: { locks?: unknown } }).navigator;
  return (nav?.locks as LockManagerLike | undefined) ?? null;
}

/**
 * Runs `task` unless one with the same key is already running: in this page a second caller joins
 * the running task; in another tab (Web Locks, when the browser has them) it gets `whenBusy()`.
 */
export function singleFlight<T>(
  key: string,
  locks: LockManagerLike | null,
  task: () => Promise<T>,
  whenBusy: () => Promise<T>,
): Promise<T> {
  const current = running.get(key);
  if (current) return current as Promise<T>;
  const run = locks ? locks.request(key, { ifAvailable: true }, (lock) => (lock ? task() : whenBusy())) : task();
  const flight = run.finally(() => running.delete(key));
  running.set(key, flight);
  return flight;
}
