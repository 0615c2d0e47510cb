// The review write path uses plain SQL (review-statements.ts); what it stores must read back
// exactly like rows Prisma writes: the same timestamp text, JSON and booleans (SQLite keeps them as
// text and integers, so the form matters); on PostgreSQL, the typed columns hold the same values.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import { onPostgres } from "@/tests/setup/test-database";

async function readStoredRowsOnPostgres(userId: string) {
  const client = new pg.Client(process.env.DATABASE_URL);
  await client.connect();
  try {
    const state = (
      await client.query('SELECT "due", "lastReview", "suspended", "updatedAt" FROM "CardState" WHERE "userId" = $1', [
        userId,
      ])
    ).rows[0];
    const log = (
      await client.query(
        'SELECT "reviewedAt", "createdAt", "stateAfter", pg_typeof("stateAfter")::text AS "stateType" FROM "ReviewLog" WHERE "userId" = $1',
        [userId],
      )
    ).rows[0];
    return { state, log };
  } finally {
    await client.end();
  }
}

describe("review rows written with plain SQL", () => {
  it("store timestamps, JSON and booleans in the same form as Prisma's own writes", async () => {
    await syncContentDecks();
    const user = await db.user.create({ data: { email: "format@example.test" } });
    const card = await db.card.findFirstOrThrow({ where: { kind: "front" } });
    const at = new Date("2026-05-01T10:00:00.123Z");
    const outcome = await recordReview(
      { id: user.id, email: user.email, role: "learner", name: null },
      {
        reviewId: crypto.randomUUID(),
        cardId: card.id,
        rating: 3,
        expectedReps: 0,
        reviewedAt: at.toISOString(),
        durationMs: 1,
      },
      at,
    );
    expect(outcome.status).toBe("recorded");

    if (onPostgres) {
      const { state, log } = await readStoredRowsOnPostgres(user.id);
      for (const value of [state.due, state.lastReview, state.updatedAt, log.reviewedAt, log.createdAt])
        expect(value).toBeInstanceOf(Date);
      expect((log.reviewedAt as Date).toISOString()).toBe(at.toISOString()); // the session runs in UTC, as the app's do
      expect(state.suspended).toBe(false);
      expect(log.stateType).toBe("jsonb");
      expect(log.stateAfter).toMatchObject({ reps: 1 });
    } else {
      const raw = new Database(process.env.DATABASE_URL!.replace(/^file:/, ""), { readonly: true });
      const state = raw
        .prepare('SELECT "due", "lastReview", "suspended", "updatedAt" FROM "CardState" WHERE "userId" = ?')
        .get(user.id) as Record<string, unknown>;
      const log = raw
        .prepare('SELECT "reviewedAt", "createdAt", "stateAfter" FROM "ReviewLog" WHERE "userId" = ?')
        .get(user.id) as Record<string, unknown>;
      const prismaWritten = raw.prepare('SELECT "createdAt" FROM "User" WHERE "id" = ?').get(user.id) as {
        createdAt: string;
      };
      raw.close();
      const isoWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+00:00$/;
      expect(prismaWritten.createdAt).toMatch(isoWithOffset);
      for (const value of [state.due, state.lastReview, state.updatedAt, log.reviewedAt, log.createdAt])
        expect(value).toMatch(isoWithOffset);
      expect(log.reviewedAt).toBe("2026-05-01T10:00:00.123+00:00");
      expect(state.suspended).toBe(0);
      expect(JSON.parse(String(log.stateAfter))).toMatchObject({ reps: 1 });
    }

    const viaPrisma = await db.cardState.findUniqueOrThrow({
      where: { userId_cardId: { userId: user.id, cardId: card.id } },
    });
    expect(viaPrisma.lastReview?.toISOString()).toBe(at.toISOString());
    expect(viaPrisma.suspended).toBe(false);
  });
});
