// The in-process measurements share one migrated file (the app's db client is one per process):
// the heavy learner for queue building, and a small deck for recordReview.
import { createMigratedDatabase, insertDeck, insertItemsAndCards, insertUser, openSqlite } from "./bench-database";
import { loadApp } from "./in-process-app";
import { measureQueueBuilding, type QueueResult } from "./queue-bench";
import { measureRecordInProcess, type RecordResult } from "./record-in-process";
import { seedQueueDatabase } from "./seed-queue-database";

export type InProcessResult = { queue: QueueResult; record: RecordResult };

function seedRecordDeck(file: string, now: Date): { userId: string; cardIds: string[] } {
  const db = openSqlite(file);
  try {
    return db.transaction(() => {
      insertUser(db, "record-user", now);
      insertDeck(db, "record-deck", "bench-record", now);
      const cards = insertItemsAndCards(db, { id: "record-deck", slug: "bench-record" }, 100, 1, now);
      return { userId: "record-user", cardIds: cards.map((c) => c.cardId) };
    })();
  } finally {
    db.close();
  }
}

/** Queue timings first (so the recorded reviews do not change the heavy learner's data). */
export async function measureInProcess(options: {
  queueRuns: number;
  recordSeconds: number;
}): Promise<InProcessResult> {
  const temp = await createMigratedDatabase("app");
  const now = new Date();
  let app: Awaited<ReturnType<typeof loadApp>> | null = null;
  try {
    const seedMs = seedQueueDatabase(temp.file, now);
    const target = seedRecordDeck(temp.file, now);
    app = await loadApp(temp.url);
    const queue = await measureQueueBuilding(app, options.queueRuns, now, seedMs);
    const record = await measureRecordInProcess(app, target, options.recordSeconds);
    return { queue, record };
  } finally {
    await app?.db.$disconnect();
    temp.cleanup();
  }
}
