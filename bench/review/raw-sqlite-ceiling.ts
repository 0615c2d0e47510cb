// The ceiling for one recorded review on this disk: the same rows record-review.ts writes (an
// append-only ReviewLog row + the CardState upsert), one transaction each, straight through
// better-sqlite3 with no HTTP, Next, Prisma or queue in between.
import { randomUUID } from "node:crypto";
import {
  createMigratedDatabase,
  insertDeck,
  insertItemsAndCards,
  insertUser,
  iso,
  openSqlite,
  type SqliteDb,
} from "./bench-database";

export type RawVariant = { label: string; synchronous: "FULL" | "NORMAL"; withReads: boolean };
export type RawResult = RawVariant & { seconds: number; transactions: number; txPerSecond: number };

export const RAW_VARIANTS: RawVariant[] = [
  { label: "raw write (log insert + state upsert), synchronous=FULL", synchronous: "FULL", withReads: false },
  { label: "raw write, synchronous=NORMAL (reference)", synchronous: "NORMAL", withReads: false },
  { label: "raw write + the reads the app does per review, synchronous=FULL", synchronous: "FULL", withReads: true },
];

function statements(db: SqliteDb) {
  return {
    insertLog:
      db.prepare(`INSERT INTO "ReviewLog" (id, userId, cardId, kind, rating, previousState, verdict, score, answer, stateBefore, stateAfter, reviewedAt, durationMs, payloadHash, createdAt)
      VALUES (?, ?, ?, 'review', ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?, ?)`),
    upsertState:
      db.prepare(`INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, updatedAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (userId, cardId) DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
        elapsedDays = excluded.elapsedDays, scheduledDays = excluded.scheduledDays, learningSteps = excluded.learningSteps, reps = excluded.reps,
        lapses = excluded.lapses, state = excluded.state, lastReview = excluded.lastReview, updatedAt = excluded.updatedAt`),
    // What the HTTP path reads around the write: session user, idempotency check, card + deck + item, state, settings.
    readUser: db.prepare(`SELECT id, email, role, name, sessionVersion FROM "User" WHERE id = ?`),
    readLog: db.prepare(`SELECT * FROM "ReviewLog" WHERE id = ?`),
    readCard: db.prepare(
      `SELECT c.kind, c.retiredAt, c.deckId, d.isPublished, d.ownerId, i.type, i.answer FROM "Card" c JOIN "Deck" d ON d.id = c.deckId JOIN "Item" i ON i.id = c.itemId WHERE c.id = ?`,
    ),
    readState: db.prepare(`SELECT * FROM "CardState" WHERE userId = ? AND cardId = ?`),
    readSettings: db.prepare(
      `SELECT u.timeZone, u.rolloverHour, u.desiredRetention, u.locale, s.newPerDay FROM "User" u LEFT JOIN "UserDeckSetting" s ON s.userId = u.id AND s.deckId = ? WHERE u.id = ?`,
    ),
  };
}

type Runner = { variant: RawVariant; run: (seconds: number) => void; result: () => RawResult; close: () => void };

function createRunner(db: SqliteDb, variant: RawVariant, userId: string, deckId: string, cardIds: string[]): Runner {
  const s = statements(db);
  const reps = new Map<string, number>();
  const review = db.transaction((cardId: string, now: Date) => {
    const reviewId = randomUUID();
    if (variant.withReads) {
      s.readLog.get(reviewId);
      s.readCard.get(cardId);
      s.readState.get(userId, cardId);
      s.readSettings.get(deckId, userId);
    }
    const n = (reps.get(cardId) ?? 0) + 1;
    reps.set(cardId, n);
    const state = {
      due: iso(new Date(now.getTime() + n * 86_400_000)),
      stability: 2.3 * n,
      difficulty: 5.1,
      elapsedDays: 1,
      scheduledDays: n,
      learningSteps: 0,
      reps: n,
      lapses: 0,
      state: "review",
      lastReview: iso(now),
    };
    s.upsertState.run(
      randomUUID(),
      userId,
      cardId,
      state.due,
      state.stability,
      state.difficulty,
      state.elapsedDays,
      state.scheduledDays,
      state.learningSteps,
      state.reps,
      state.lapses,
      state.state,
      state.lastReview,
      iso(now),
    );
    s.insertLog.run(
      reviewId,
      userId,
      cardId,
      3,
      n === 1 ? "new" : "review",
      JSON.stringify({ ...state, reps: n - 1, leech: false }),
      JSON.stringify(state),
      iso(now),
      4000,
      "x".repeat(43),
      iso(now),
    );
  });
  let transactions = 0;
  let elapsedMs = 0;
  const run = (seconds: number) => {
    const start = performance.now();
    while (performance.now() - start < seconds * 1000) {
      if (variant.withReads) s.readUser.get(userId);
      review(cardIds[transactions % cardIds.length], new Date());
      transactions += 1;
    }
    elapsedMs += performance.now() - start;
  };
  const result = () => ({
    ...variant,
    seconds: elapsedMs / 1000,
    transactions,
    txPerSecond: transactions / (elapsedMs / 1000),
  });
  return { variant, run, result, close: () => db.close() };
}

async function openVariant(variant: RawVariant, cleanups: (() => void)[]): Promise<Runner> {
  const temp = await createMigratedDatabase("raw");
  cleanups.push(temp.cleanup);
  const db = openSqlite(temp.file, variant.synchronous);
  cleanups.push(() => db.open && db.close());
  const now = new Date();
  insertUser(db, "raw-user", now);
  insertDeck(db, "raw-deck", "raw-deck", now);
  const cards = db.transaction(() => insertItemsAndCards(db, { id: "raw-deck", slug: "raw-deck" }, 100, 1, now))();
  return createRunner(
    db,
    variant,
    "raw-user",
    "raw-deck",
    cards.map((c) => c.cardId),
  );
}

const ROUNDS = 3;

/**
 * Each variant on its own freshly migrated file, `seconds` in all, run in interleaved slices so
 * that a burst of disk or CPU contention from other work touches every variant alike.
 */
export async function measureRawCeiling(seconds: number): Promise<RawResult[]> {
  const cleanups: (() => void)[] = [];
  try {
    const runners: Runner[] = [];
    for (const variant of RAW_VARIANTS) runners.push(await openVariant(variant, cleanups));
    for (let round = 0; round < ROUNDS; round += 1) for (const runner of runners) runner.run(seconds / ROUNDS);
    return runners.map((runner) => runner.result());
  } finally {
    for (const cleanup of cleanups.reverse()) cleanup();
  }
}
