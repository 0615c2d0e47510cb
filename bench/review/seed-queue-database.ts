// A heavy learner for the queue benchmark: one deck of 10,000 cards (5,000 items × front/reverse),
// CardState rows for 8,000 of them in every state, and 100,000 ReviewLog rows over the past year,
// 80 of them today (under the default daily limits, so every queue section has cards). Written in
// one better-sqlite3 transaction; deterministic (seeded).
import { learningDayOf, startOfLearningDay } from "../../lib/core/scheduler/learning-day";
import { insertDeck, insertItemsAndCards, insertUser, iso, openSqlite } from "./bench-database";
import { seededRandom } from "./stats";

export const QUEUE_SEED = {
  userId: "queue-user",
  deckId: "queue-deck",
  deckSlug: "bench-queue",
  items: 5000,
  cardsPerItem: 2 as const,
  states: 8000,
  logs: 100_000,
  logsToday: 80,
};
const DAY_MS = 86_400_000;

type Picked = { state: string; dueMs: number; suspended: number; buriedUntil: string | null };

export function pickState(random: () => number, nowMs: number, yesterday: string): Picked {
  const r = random();
  const base = { suspended: random() < 0.01 ? 1 : 0, buriedUntil: random() < 0.01 ? yesterday : null };
  if (r < 0.05) return { ...base, state: "new", dueMs: nowMs };
  if (r < 0.08) return { ...base, state: "learning", dueMs: nowMs + (random() * 4 - 2) * 3_600_000 };
  if (r < 0.1) return { ...base, state: "relearning", dueMs: nowMs + (random() * 4 - 2) * 3_600_000 };
  return { ...base, state: "review", dueMs: nowMs + (random() * 90 - 30) * DAY_MS }; // about a third overdue
}

function insertStates(db: ReturnType<typeof openSqlite>, cardIds: string[], now: Date, random: () => number): string[] {
  const insert =
    db.prepare(`INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, buriedUntil, leech, updatedAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const yesterday = learningDayOf(new Date(now.getTime() - DAY_MS), "Asia/Tokyo", 4);
  const studied = cardIds.filter((_, i) => i % 5 !== 4).slice(0, QUEUE_SEED.states);
  studied.forEach((cardId, i) => {
    const p = pickState(random, now.getTime(), yesterday);
    const reps = p.state === "new" ? 0 : 1 + Math.floor(random() * 30);
    const lastReview = p.state === "new" ? null : iso(new Date(now.getTime() - random() * 200 * DAY_MS));
    insert.run(
      `cs-${i}`,
      QUEUE_SEED.userId,
      cardId,
      iso(new Date(p.dueMs)),
      1 + random() * 200,
      1 + random() * 9,
      Math.floor(random() * 60),
      Math.floor(random() * 90),
      p.state === "learning" ? 1 : 0,
      reps,
      Math.floor(random() * 3),
      p.state,
      lastReview,
      p.suspended,
      p.buriedUntil,
      random() < 0.005 ? 1 : 0,
      iso(now),
    );
  });
  return studied;
}

function insertLogs(db: ReturnType<typeof openSqlite>, studied: string[], now: Date, random: () => number): void {
  const insert =
    db.prepare(`INSERT INTO "ReviewLog" (id, userId, cardId, kind, rating, previousState, stateBefore, stateAfter, reviewedAt, durationMs, payloadHash, undoneAt, createdAt)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const dayStart = startOfLearningDay(learningDayOf(now, "Asia/Tokyo", 4), "Asia/Tokyo", 4).getTime();
  const state = JSON.stringify({
    due: now.toISOString(),
    stability: 12.5,
    difficulty: 5.2,
    elapsedDays: 3,
    scheduledDays: 9,
    learningSteps: 0,
    reps: 4,
    lapses: 0,
    state: "review",
    lastReview: now.toISOString(),
  });
  for (let i = 0; i < QUEUE_SEED.logs; i += 1) {
    const isToday = i < QUEUE_SEED.logsToday;
    const at = isToday
      ? dayStart + random() * Math.max(1, now.getTime() - dayStart)
      : now.getTime() - DAY_MS - random() * 364 * DAY_MS;
    const previousState = isToday
      ? i % 8 === 0
        ? "new"
        : "review"
      : ["new", "learning", "review", "review", "review", "relearning"][i % 6];
    const kind = i % 50 === 0 ? "quiz" : "review";
    const rating = 1 + Math.floor(random() * 4);
    insert.run(
      `log-${i}`,
      QUEUE_SEED.userId,
      studied[Math.floor(random() * studied.length)],
      kind,
      rating,
      previousState,
      state,
      state,
      iso(new Date(at)),
      3000,
      "h",
      i % 100 === 1 ? iso(new Date(at + 1000)) : null,
      iso(new Date(at)),
    );
  }
}

/** Fills an already migrated file; returns how long the seeding took in ms. */
export function seedQueueDatabase(file: string, now: Date): number {
  const started = performance.now();
  const db = openSqlite(file, "NORMAL");
  const random = seededRandom(20261129);
  db.transaction(() => {
    insertUser(db, QUEUE_SEED.userId, now);
    insertDeck(db, QUEUE_SEED.deckId, QUEUE_SEED.deckSlug, now);
    const cards = insertItemsAndCards(
      db,
      { id: QUEUE_SEED.deckId, slug: QUEUE_SEED.deckSlug },
      QUEUE_SEED.items,
      QUEUE_SEED.cardsPerItem,
      now,
    );
    const studied = insertStates(
      db,
      cards.map((c) => c.cardId),
      now,
      random,
    );
    insertLogs(db, studied, now, random);
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  return performance.now() - started;
}
