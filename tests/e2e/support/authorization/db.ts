// The matrix reads the running server's SQLite file to see what a call did, and writes fixtures
// straight into it (as createDeck, createApiToken and createClass would write them).
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { emptyDraft } from "@/lib/core/editor/deck-draft";
import type { DeckItemInput } from "@/lib/core/content/deck-schema";
import { dataDir, shortId } from "./case";

function withDb<T>(readonly: boolean, use: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export const count = (sql: string, ...args: unknown[]): number =>
  withDb(true, (db) => (db.prepare(sql).get(...args) as { n: number }).n);
export const run = (sql: string, ...args: unknown[]): void => void withDb(false, (db) => db.prepare(sql).run(...args));

export const userId = (email: string): string =>
  withDb(true, (db) => (db.prepare('SELECT id FROM "User" WHERE email = ?').get(email) as { id: string }).id);
export const userRow = (id: string) =>
  withDb(
    true,
    (db) =>
      db.prepare('SELECT role, sessionVersion FROM "User" WHERE id = ?').get(id) as
        { role: string; sessionVersion: number } | undefined,
  );

/** The deck's draft JSON as stored, or null when there is no such deck. */
export const deckDraft = (slug: string): string | null =>
  withDb(
    true,
    (db) =>
      (db.prepare('SELECT draft FROM "Deck" WHERE slug = ?').get(slug) as { draft: string } | undefined)?.draft ?? null,
  );

/** How often the user has reviewed the card: the `expectedReps` their next review must send. */
export const repsOf = (userId: string, cardId: string): number =>
  withDb(
    true,
    (db) =>
      (
        db.prepare('SELECT reps FROM "CardState" WHERE userId = ? AND cardId = ?').get(userId, cardId) as
          { reps: number } | undefined
      )?.reps ?? 0,
  );

export const SECRET_ITEM = {
  id: "secret-item",
  type: "basic",
  section: "general",
  front: "Only the deck's owner sees this question",
  back: "owner answer",
} satisfies DeckItemInput;

/** An unpublished instructor deck of `ownerId`, with one item in its draft, as the editor leaves it. */
export function insertDeck(ownerId: string): string {
  const slug = `deck-${shortId()}`;
  const draft = emptyDraft(slug, "Matrix deck", "en", "General");
  draft.items.push(SECRET_ITEM);
  const now = new Date().toISOString();
  run(
    'INSERT INTO "Deck" (id, slug, title, language, kubernetesVersion, origin, ownerId, sections, isPublished, draft, draftUpdatedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)',
    crypto.randomUUID(),
    slug,
    "Matrix deck",
    "en",
    draft.front.kubernetesVersion,
    "editor",
    ownerId,
    JSON.stringify(draft.front.sections),
    JSON.stringify(draft),
    now,
    now,
    now,
  );
  return slug;
}

/** A live API token of `userId`, stored as createApiToken stores it (only its SHA-256). */
export function insertToken(userId: string): { id: string; token: string } {
  const id = crypto.randomUUID();
  const token = `kd_${crypto.randomBytes(32).toString("base64url")}`;
  run(
    'INSERT INTO "ApiToken" (id, userId, name, prefix, tokenHash, createdAt) VALUES (?, ?, ?, ?, ?, ?)',
    id,
    userId,
    "matrix",
    token.slice(0, 10),
    crypto.createHash("sha256").update(token).digest("hex"),
    new Date().toISOString(),
  );
  return { id, token };
}

export type ClassFixture = { id: string; inviteCode: string };
export function insertClass(ownerId: string, memberId?: string): ClassFixture {
  const fixture = { id: crypto.randomUUID(), inviteCode: crypto.randomBytes(16).toString("base64url") };
  const now = new Date().toISOString();
  run(
    'INSERT INTO "Class" (id, name, ownerId, inviteCode, createdAt) VALUES (?, ?, ?, ?, ?)',
    fixture.id,
    "Matrix class",
    ownerId,
    fixture.inviteCode,
    now,
  );
  if (memberId)
    run('INSERT INTO "ClassMember" (classId, userId, joinedAt) VALUES (?, ?, ?)', fixture.id, memberId, now);
  return fixture;
}
export const isMember = (classId: string, userId: string) =>
  count('SELECT count(*) AS n FROM "ClassMember" WHERE classId = ? AND userId = ?', classId, userId) === 1;

/**
 * A deck only its owner (and admins) may study, with a basic and a true/false item: the "someone
 * else's id" target of the study endpoints. Returns it with the built-in deck's front cards.
 */
export function insertDraftDeck(ownerId: string): { slug: string; cardId: string; publicCardIds: string[] } {
  const slug = `draft-${shortId()}`;
  const cardId = `${slug}:secret#0`;
  return withDb(false, (db) => {
    const deckId = crypto.randomUUID();
    const itemId = crypto.randomUUID();
    const now = new Date().toISOString();
    const item = db.prepare(
      'INSERT INTO "Item" (id, deckId, key, type, section, position, body, answer, explanation, sources, contentHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    db.prepare(
      'INSERT INTO "Deck" (id, slug, title, origin, ownerId, sections, isPublished, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)',
    ).run(deckId, slug, "Draft", "editor", ownerId, "[]", now, now);
    item.run(
      itemId,
      deckId,
      "secret",
      "basic",
      "s",
      0,
      '{"front":"draft question"}',
      '{"back":"draft answer","reversed":false}',
      "x",
      '{"notes":"n"}',
      "h",
      now,
      now,
    );
    db.prepare('INSERT INTO "Card" (id, deckId, itemId, ordinal, kind, position) VALUES (?, ?, ?, 0, ?, 0)').run(
      cardId,
      deckId,
      itemId,
      "front",
    );
    item.run(
      crypto.randomUUID(),
      deckId,
      "secret-tf",
      "truefalse",
      "s",
      1,
      '{"statement":"draft statement"}',
      '{"answer":true}',
      "x",
      '{"notes":"n"}',
      "h2",
      now,
      now,
    );
    const publicCards = db
      .prepare(
        'SELECT c.id FROM "Card" c JOIN "Deck" d ON d.id = c.deckId WHERE d.slug = ? AND c.kind = ? ORDER BY c.position',
      )
      .all("kubernetes-workloads", "front") as { id: string }[];
    return { slug, cardId, publicCardIds: publicCards.map((r) => r.id) };
  });
}
