// A learner's review history of `reviews` ratings written straight into a SQLite file (in the form
// Prisma writes), from the seeded synthetic learner of the tests: a deck of its own with enough cards
// for ~10 ratings each, so the optimizer sees histories like a real learner's.
import crypto from "node:crypto";
import { simulateLearner } from "../../tests/support/synthetic-learner";
import { insertDeck, insertItemsAndCards, iso, type SqliteDb } from "../review/bench-database";

const START = new Date("2024-01-01T00:00:00Z");

/** Returns the deck's slug; `reviews` log rows of `userId` are written in one transaction. */
export function seedReviewHistory(db: SqliteDb, userId: string, reviews: number, label: string): string {
  const slug = `fit-${label}`;
  const deckId = `deck-${label}-${crypto.randomUUID()}`;
  const now = new Date();
  insertDeck(db, deckId, slug, now);
  const cardCount = Math.max(150, Math.ceil(reviews / 7));
  const cards = insertItemsAndCards(db, { id: deckId, slug }, cardCount, 1, now);
  const ratings = simulateLearner({ seed: 18, cards: cardCount, days: 365, start: START }).slice(0, reviews);
  if (ratings.length < reviews)
    throw new Error(`the synthetic learner gave ${ratings.length} ratings, fewer than ${reviews}`);
  const insert =
    db.prepare(`INSERT INTO "ReviewLog" (id, userId, cardId, kind, rating, previousState, stateBefore, stateAfter, reviewedAt, durationMs, payloadHash, createdAt)
    VALUES (?, ?, ?, 'review', ?, ?, '{}', '{}', ?, 3000, 'bench', ?)`);
  db.transaction(() => {
    for (const rating of ratings) {
      const card = cards[Number(rating.cardId.slice("card-".length))];
      insert.run(
        crypto.randomUUID(),
        userId,
        card.cardId,
        rating.rating,
        rating.previousState,
        iso(rating.reviewedAt),
        iso(now),
      );
    }
  })();
  return slug;
}
