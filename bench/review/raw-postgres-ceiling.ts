// The PostgreSQL counterpart of raw-sqlite-ceiling.ts: the same rows record-review.ts writes (a
// ReviewLog insert + the CardState upsert), one transaction each, straight through the `pg` client
// with no HTTP, Next or Prisma in between. PostgreSQL takes writers side by side, so the ceiling is
// measured with several connections at once (each its own learner, as the HTTP load has).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { applyMigrations } from "../../lib/server/db/migrations";
import { createDatabase } from "../../scripts/lib/throwaway-postgres";

export type RawPostgresResult = {
  label: string;
  connections: number;
  seconds: number;
  transactions: number;
  txPerSecond: number;
};

const CARDS = 100;

async function seed(client: pg.Client, workers: number): Promise<string[]> {
  const now = new Date();
  for (let w = 0; w < workers; w++) {
    await client.query(`INSERT INTO "User" (id, email, "updatedAt") VALUES ($1, $2, $3)`, [
      `raw-user-${w}`,
      `raw-${w}@bench.test`,
      now,
    ]);
  }
  await client.query(
    `INSERT INTO "Deck" (id, slug, title, origin, sections, "updatedAt") VALUES ('raw-deck', 'raw-deck', 'raw', 'content', '[]', $1)`,
    [now],
  );
  const cardIds: string[] = [];
  for (let i = 0; i < CARDS; i++) {
    await client.query(
      `INSERT INTO "Item" (id, "deckId", key, type, section, position, body, answer, explanation, sources, "contentHash", "updatedAt")
       VALUES ($1, 'raw-deck', $1, 'basic', 's', $2, '{}', '{}', '', '[]', 'h', $3)`,
      [`raw-item-${i}`, i, now],
    );
    await client.query(
      `INSERT INTO "Card" (id, "deckId", "itemId", ordinal, kind, position) VALUES ($1, 'raw-deck', $2, 0, 'front', $3)`,
      [`raw-deck:${i}#0`, `raw-item-${i}`, i],
    );
    cardIds.push(`raw-deck:${i}#0`);
  }
  return cardIds;
}

async function worker(url: string, userId: string, cardIds: string[], stopAt: number): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  const reps = new Map<string, number>();
  let transactions = 0;
  try {
    while (performance.now() < stopAt) {
      const cardId = cardIds[transactions % cardIds.length];
      const n = (reps.get(cardId) ?? 0) + 1;
      reps.set(cardId, n);
      const now = new Date();
      const state = {
        due: new Date(now.getTime() + n * 86_400_000),
        stability: 2.3 * n,
        difficulty: 5.1,
        elapsedDays: 1,
        scheduledDays: n,
        learningSteps: 0,
        reps: n,
        lapses: 0,
        state: "review",
        lastReview: now,
      };
      await client.query("BEGIN");
      await client.query(
        `INSERT INTO "CardState" (id, "userId", "cardId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "lastReview", "updatedAt")
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
         ON CONFLICT ("userId", "cardId") DO UPDATE SET due = excluded.due, stability = excluded.stability, difficulty = excluded.difficulty,
           "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays", "learningSteps" = excluded."learningSteps", reps = excluded.reps,
           lapses = excluded.lapses, state = excluded.state, "lastReview" = excluded."lastReview", "updatedAt" = excluded."updatedAt"`,
        [
          randomUUID(),
          userId,
          cardId,
          state.due,
          state.stability,
          state.difficulty,
          state.elapsedDays,
          state.scheduledDays,
          state.learningSteps,
          n,
          0,
          state.state,
          now,
          now,
        ],
      );
      await client.query(
        `INSERT INTO "ReviewLog" (id, "userId", "cardId", kind, rating, "previousState", "stateBefore", "stateAfter", "reviewedAt", "durationMs", "payloadHash")
         VALUES ($1, $2, $3, 'review', 3, $4, $5, $6, $7, 4000, $8)`,
        [
          randomUUID(),
          userId,
          cardId,
          n === 1 ? "new" : "review",
          JSON.stringify({ ...state, reps: n - 1, leech: false }),
          JSON.stringify(state),
          now,
          "x".repeat(43),
        ],
      );
      await client.query("COMMIT");
      transactions += 1;
    }
  } finally {
    await client.end();
  }
  return transactions;
}

/** `connections` writers, each one transaction per review, for `seconds`, on a fresh migrated database of `serverUrl`. */
export async function measureRawPostgresCeiling(
  serverUrl: string,
  seconds: number,
  connections = 8,
): Promise<RawPostgresResult> {
  const url = await createDatabase(serverUrl, "raw_ceiling");
  await applyMigrations(url);
  const client = new pg.Client(url);
  await client.connect();
  const cardIds = await seed(client, connections).finally(() => client.end());
  const started = performance.now();
  const counts = await Promise.all(
    Array.from({ length: connections }, (_, w) => worker(url, `raw-user-${w}`, cardIds, started + seconds * 1000)),
  );
  const elapsed = (performance.now() - started) / 1000;
  const transactions = counts.reduce((a, b) => a + b, 0);
  return {
    label: `raw write (log insert + state upsert), ${connections} connections, fsync on`,
    connections,
    seconds: elapsed,
    transactions,
    txPerSecond: transactions / elapsed,
  };
}
