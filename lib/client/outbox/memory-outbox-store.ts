import type { ConflictRecord, OutboxReview, OutboxStore, PendingReview } from "./outbox-store";

let instances = 0;

/** An outbox held in memory: for Node tests and simulated devices. */
export function createMemoryOutboxStore(name = `memory-outbox-${++instances}`): OutboxStore {
  const pending = new Map<string, PendingReview>();
  const conflicts = new Map<string, ConflictRecord>();
  let lastSeq = 0;
  const ordered = () => [...pending.values()].sort((a, b) => a.seq - b.seq);
  return {
    name,
    async put(review: OutboxReview, enqueuedAt: number) {
      if (pending.has(review.reviewId)) return;
      pending.set(review.reviewId, {
        reviewId: review.reviewId,
        seq: ++lastSeq,
        enqueuedAt,
        review: structuredClone(review),
      });
    },
    async list(limit) {
      return ordered()
        .slice(0, limit)
        .map((p) => structuredClone(p));
    },
    async remove(reviewIds) {
      for (const id of reviewIds) pending.delete(id);
    },
    async markConflicts(records) {
      for (const record of records) {
        conflicts.set(record.reviewId, structuredClone(record));
        pending.delete(record.reviewId);
      }
    },
    async count() {
      return pending.size;
    },
    async listConflicts() {
      return [...conflicts.values()].sort((a, b) => a.movedAt - b.movedAt).map((c) => structuredClone(c));
    },
    async dismissConflicts(reviewIds) {
      for (const id of reviewIds) conflicts.delete(id);
    },
  };
}
