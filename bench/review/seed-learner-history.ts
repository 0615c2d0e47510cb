// Gives learners made over HTTP a study history on a deck, so their queue is built from real rows:
// CardState rows for most cards in every state (as seed-queue-database.ts draws them) and some of
// today's reviews. Written straight into the running app's SQLite file (WAL: the server keeps
// serving) in one transaction; deterministic (seeded).
import { learningDayOf, startOfLearningDay } from "../../lib/core/scheduler/learning-day";
import { iso, openSqlite } from "./bench-database";
import { pickState } from "./seed-queue-database";
import { seededRandom } from "./stats";

const DAY_MS = 86_400_000;
const STUDIED_SHARE = 0.8;
const LOGS_TODAY = 10;

export function seedLearnerHistory(
  file: string,
  emails: string[],
  deckSlug: string,
  now: Date,
): { userIds: string[]; cards: number; statesPerLearner: number } {
  const db = openSqlite(file);
  const random = seededRandom(4242);
  try {
    return db.transaction(() => {
      const { id: deckId } = db.prepare(`SELECT id FROM "Deck" WHERE slug = ?`).get(deckSlug) as { id: string };
      const cardIds = (
        db
          .prepare(`SELECT id FROM "Card" WHERE "deckId" = ? AND "retiredAt" IS NULL ORDER BY position, id`)
          .all(deckId) as { id: string }[]
      ).map((r) => r.id);
      const userIds = emails.map(
        (email) => (db.prepare(`SELECT id FROM "User" WHERE email = ?`).get(email) as { id: string }).id,
      );
      const studied = cardIds.slice(0, Math.floor(cardIds.length * STUDIED_SHARE));
      const yesterday = learningDayOf(new Date(now.getTime() - DAY_MS), "Asia/Tokyo", 4);
      const dayStart = startOfLearningDay(learningDayOf(now, "Asia/Tokyo", 4), "Asia/Tokyo", 4).getTime();
      const state =
        db.prepare(`INSERT INTO "CardState" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, buriedUntil, leech, updatedAt)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      const log =
        db.prepare(`INSERT INTO "ReviewLog" (id, userId, cardId, kind, rating, previousState, stateBefore, stateAfter, reviewedAt, durationMs, payloadHash, createdAt)
        VALUES (?, ?, ?, 'review', 3, ?, '{}', '{}', ?, 3000, 'h', ?)`);
      for (const userId of userIds) {
        studied.forEach((cardId, i) => {
          const p = pickState(random, now.getTime(), yesterday);
          const reps = p.state === "new" ? 0 : 1 + Math.floor(random() * 30);
          const lastReview = p.state === "new" ? null : iso(new Date(now.getTime() - random() * 200 * DAY_MS));
          state.run(
            `${userId}-cs-${i}`,
            userId,
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
            0,
            iso(now),
          );
        });
        for (let i = 0; i < LOGS_TODAY && i < studied.length; i += 1) {
          const at = iso(new Date(dayStart + random() * Math.max(1, now.getTime() - dayStart)));
          log.run(
            `${userId}-log-${i}`,
            userId,
            studied[Math.floor(random() * studied.length)],
            i % 4 === 0 ? "new" : "review",
            at,
            at,
          );
        }
      }
      return { userIds, cards: cardIds.length, statesPerLearner: studied.length };
    })();
  } finally {
    db.close();
  }
}
