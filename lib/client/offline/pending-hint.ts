// Which cards wait in this learner's outbox, and the reps they were rated at, kept beside it in
// localStorage: read synchronously before the review screen can be tapped. A page served before
// those ratings reached the server (an offline reload, a reload while they were still being sent)
// holds those cards as they were; the session must not show them again. The outbox in IndexedDB
// stays the truth; this copy is rewritten whenever the outbox is counted.
const keyOf = (userId: string) => `kubedrill-pending-${userId}`;

export function readPendingHint(userId: string): Record<string, number> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyOf(userId)) ?? "{}");
    if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter(([, reps]) => Number.isInteger(reps)));
  } catch {
    return {}; // no storage (private mode) or a damaged entry: the outbox still refuses nothing, the server refuses a stale repeat
  }
}

export function writePendingHint(userId: string, pending: { cardId: string; expectedReps: number }[]): void {
  try {
    if (pending.length === 0) return localStorage.removeItem(keyOf(userId));
    const ratedAt: Record<string, number> = {};
    for (const { cardId, expectedReps } of pending) ratedAt[cardId] = Math.max(expectedReps, ratedAt[cardId] ?? -1);
    localStorage.setItem(keyOf(userId), JSON.stringify(ratedAt));
  } catch {
    // Storage full or unavailable: the hint is an optimisation of what the server checks anyway.
  }
}
