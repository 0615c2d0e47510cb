import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { ConflictRecord, OutboxReview, OutboxStore, PendingReview } from "./outbox-store";

interface OutboxSchema extends DBSchema {
  outbox: { key: string; value: PendingReview; indexes: { seq: number } };
  conflicts: { key: string; value: ConflictRecord; indexes: { movedAt: number } };
}

// Version 20 and these store/index names continue the layout the outbox had under Dexie (which
// stored its version 1 as IndexedDB version 10), so a phone updated with ratings still waiting keeps them.
const VERSION = 20;

function openOutbox(name: string): Promise<IDBPDatabase<OutboxSchema>> {
  return openDB<OutboxSchema>(name, VERSION, {
    upgrade(db, _oldVersion, _newVersion, transaction) {
      const outbox = db.objectStoreNames.contains("outbox")
        ? transaction.objectStore("outbox")
        : db.createObjectStore("outbox", { keyPath: "reviewId" });
      if (!outbox.indexNames.contains("seq")) outbox.createIndex("seq", "seq");
      const conflicts = db.objectStoreNames.contains("conflicts")
        ? transaction.objectStore("conflicts")
        : db.createObjectStore("conflicts", { keyPath: "reviewId" });
      if (!conflicts.indexNames.contains("movedAt")) conflicts.createIndex("movedAt", "movedAt");
    },
  });
}

/**
 * The browser's outbox: one IndexedDB database per signed-in learner, so a shared computer never
 * sends one learner's ratings with another's session.
 */
export function createIndexedDbOutboxStore(userId: string): OutboxStore & { close(): Promise<void> } {
  const name = `kubedrill-${userId}`;
  const opened = openOutbox(name);
  return {
    name,
    async put(review: OutboxReview, enqueuedAt: number) {
      // Read the last seq and add in one transaction: two tabs rating at once still get distinct, increasing seqs.
      const tx = (await opened).transaction("outbox", "readwrite");
      if (!(await tx.store.getKey(review.reviewId))) {
        const last = await tx.store.index("seq").openCursor(null, "prev");
        await tx.store.add({ reviewId: review.reviewId, seq: (last?.value.seq ?? 0) + 1, enqueuedAt, review });
      }
      await tx.done;
    },
    async list(limit) {
      const pending: PendingReview[] = [];
      for (
        let cursor = await (await opened).transaction("outbox").store.index("seq").openCursor();
        cursor && pending.length < limit;
        cursor = await cursor.continue()
      )
        pending.push(cursor.value);
      return pending;
    },
    async remove(reviewIds) {
      const tx = (await opened).transaction("outbox", "readwrite");
      await Promise.all([...reviewIds.map((id) => tx.store.delete(id)), tx.done]);
    },
    async markConflicts(records) {
      const tx = (await opened).transaction(["outbox", "conflicts"], "readwrite");
      const conflicts = tx.objectStore("conflicts");
      const outbox = tx.objectStore("outbox");
      await Promise.all([
        ...records.map((r) => conflicts.put(r)),
        ...records.map((r) => outbox.delete(r.reviewId)),
        tx.done,
      ]);
    },
    count: async () => (await opened).count("outbox"),
    listConflicts: async () => (await opened).getAllFromIndex("conflicts", "movedAt"),
    async dismissConflicts(reviewIds) {
      const tx = (await opened).transaction("conflicts", "readwrite");
      await Promise.all([...reviewIds.map((id) => tx.store.delete(id)), tx.done]);
    },
    close: async () => (await opened).close(),
  };
}
