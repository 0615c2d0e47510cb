// Group commit on the SQLite review connection (lib/server/db/group-commit.ts), on the test's real
// SQLite file: writes that arrive together share one COMMIT; each caller is answered only once its
// write is visible to another connection; a piece that throws is rolled back alone; a transaction
// that cannot commit fails every piece and leaves nothing behind; and the review writer's own
// connection takes its turn with Prisma's transactions instead of waiting on their write lock.
import crypto from "node:crypto";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { createGroupCommit } from "@/lib/server/db/group-commit";
import { sqliteConnection, type SqliteConnection } from "@/lib/server/db/sqlite-connection";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import { onPostgres } from "@/tests/setup/test-database";

const file = () => process.env.DATABASE_URL!.replace(/^file:/, "");

/** The real connection, with its COMMITs counted. */
function countingCommits(connection: SqliteConnection) {
  const counted = { commits: 0 };
  const wrapped: SqliteConnection = {
    ...connection,
    statement: (sql) => connection.statement(sql),
    exec: (sql) => {
      if (sql === "COMMIT") counted.commits++;
      connection.exec(sql);
    },
  };
  return { wrapped, counted };
}

describe.skipIf(onPostgres)("group commit on SQLite", () => {
  beforeAll(() => {
    sqliteConnection(file()).exec(
      `CREATE TABLE IF NOT EXISTS "GroupProbe" ("id" TEXT PRIMARY KEY, "parent" TEXT REFERENCES "User"("id"))`,
    );
  });
  const insert = (connection: SqliteConnection, id: string, parent: string | null = null) =>
    connection.statement(`INSERT INTO "GroupProbe" ("id", "parent") VALUES (?, ?)`).run(id, parent).changes;
  const visibleElsewhere = (ids: string[]) => {
    const other = new Database(file(), { readonly: true });
    try {
      return ids.filter((id) => other.prepare(`SELECT 1 FROM "GroupProbe" WHERE "id" = ?`).get(id)).length;
    } finally {
      other.close();
    }
  };

  it("200 writes sent together share one COMMIT, and each is committed when its caller hears back", async () => {
    const { wrapped, counted } = countingCommits(sqliteConnection(file()));
    const groupCommit = createGroupCommit(wrapped);
    const ids = Array.from({ length: 200 }, () => crypto.randomUUID());
    const seenWhenAnswered = await Promise.all(
      ids.map((id) => groupCommit(({ connection }) => insert(connection, id)).then(() => visibleElsewhere([id]))),
    );
    expect(seenWhenAnswered.every((n) => n === 1)).toBe(true);
    expect(counted.commits).toBe(1);
  });

  it("a piece that throws is rolled back alone: the others commit and their callers get their results", async () => {
    const groupCommit = createGroupCommit(sqliteConnection(file()));
    const ids = Array.from({ length: 5 }, () => crypto.randomUUID());
    const results = await Promise.allSettled(
      ids.map((id, i) =>
        groupCommit(({ connection }) => {
          insert(connection, id);
          if (i === 2) throw new Error("this one fails after writing");
          return i;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled", "fulfilled"]);
    expect((results[2] as PromiseRejectedResult).reason.message).toBe("this one fails after writing");
    expect(visibleElsewhere(ids)).toBe(4);
    expect(visibleElsewhere([ids[2]])).toBe(0);
  });

  it("a group whose COMMIT fails answers every piece with the error and leaves none of them written", async () => {
    const groupCommit = createGroupCommit(sqliteConnection(file()));
    const ids = Array.from({ length: 4 }, () => crypto.randomUUID());
    // A deferred foreign key is checked at COMMIT: the one bad row makes the commit itself fail.
    const results = await Promise.allSettled(
      ids.map((id, i) =>
        groupCommit(({ connection }) => {
          if (i === 0) connection.exec("PRAGMA defer_foreign_keys = ON");
          return insert(connection, id, i === 3 ? "no-such-user" : null);
        }),
      ),
    );
    expect(results.every((r) => r.status === "rejected" && /FOREIGN KEY/i.test(String(r.reason)))).toBe(true);
    expect(visibleElsewhere(ids)).toBe(0);
    // The connection is usable again.
    const next = crypto.randomUUID();
    await groupCommit(({ connection }) => insert(connection, next));
    expect(visibleElsewhere([next])).toBe(1);
  });

  it("a rating waits its turn behind a Prisma transaction that holds the write lock, and both commit", async () => {
    await syncContentDecks();
    const user = await db.user.create({ data: { email: `turn-${crypto.randomUUID()}@example.test` } });
    const card = await db.card.findFirstOrThrow({ where: { kind: "front", retiredAt: null } });
    const actor = { id: user.id, email: user.email, role: "learner" as const, name: null };
    const rating = () => ({
      reviewId: crypto.randomUUID(),
      cardId: card.id,
      rating: 3 as const,
      expectedReps: 0,
      reviewedAt: new Date().toISOString(),
      durationMs: 1,
    });
    let holding!: () => void;
    const lockHeld = new Promise<void>((resolve) => (holding = resolve));
    const transaction = db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { name: "holding the write lock" } });
      holding();
      await new Promise((resolve) => setTimeout(resolve, 100));
    });
    // Sent (from another request's context) while that transaction holds SQLite's write lock:
    // without the shared queue the review connection would wait on it synchronously, blocking the
    // very event loop the transaction needs to finish.
    await lockHeld;
    const rated = recordReview(actor, rating(), new Date());
    await transaction;
    expect(await rated).toMatchObject({ status: "recorded" });
    // From inside a transaction it is refused at once rather than waiting for ever.
    await expect(db.$transaction(() => recordReview(actor, rating(), new Date()))).rejects.toThrow(
      /cannot start inside a database turn/,
    );
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("holding the write lock");
  });
});
