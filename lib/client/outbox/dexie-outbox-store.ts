import Dexie, { type Table } from "dexie";
import type { ConflictRecord, OutboxReview, OutboxStore, PendingReview } from "./outbox-store";

class OutboxDatabase extends Dexie {
  outbox!: Table<PendingReview, string>;
  conflicts!: Table<ConflictRecord, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ outbox: "reviewId, seq", conflicts: "reviewId, movedAt" });
  }
}

/**
 * The browser's outbox: one IndexedDB database per signed-in learner, so a shared computer never
 * sends one learner's ratings with another's session.
 */
export function createDexieOutboxStore(userId: string): OutboxStore & { close(): void } {
  const name = `kubedrill-${userId}`;
  const db = new OutboxDatabase(name);
  return {
    name,
    async put(review: OutboxReview, enqueuedAt: number) {
      // Read the last seq and add in one transaction: two tabs rating at once still get distinct, increasing seqs.
      await db.transaction("rw", db.outbox, async () => {
        if (await db.outbox.get(review.reviewId)) return;
        const last = await db.outbox.orderBy("seq").last();
        await db.outbox.add({ reviewId: review.reviewId, seq: (last?.seq ?? 0) + 1, enqueuedAt, review });
      });
    },
    list: (limit) => db.outbox.orderBy("seq").limit(limit).toArray(),
    remove: (reviewIds) => db.outbox.bulkDelete(reviewIds),
    async markConflicts(records) {
      await db.transaction("rw", db.outbox, db.conflicts, async () => {
        await db.conflicts.bulkPut(records);
        await db.outbox.bulkDelete(records.map((r) => r.reviewId));
      });
    },
    count: () => db.outbox.count(),
    listConflicts: () => db.conflicts.orderBy("movedAt").toArray(),
    dismissConflicts: (reviewIds) => db.conflicts.bulkDelete(reviewIds),
    close: () => db.close(),
  };
}
