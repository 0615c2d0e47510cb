// Throwaway SQLite files with the project's own migrations applied, and the few rows the
// benchmarks need, written straight through better-sqlite3 in the formats Prisma writes.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { applyMigrations } from "../../lib/server/db/migrations";

export type SqliteDb = InstanceType<typeof Database>;
export type TempDatabase = { dir: string; file: string; url: string; cleanup: () => void };

/** Prisma's SQLite adapter stores DateTime as ISO text with an explicit +00:00 offset. */
export const iso = (date: Date): string => date.toISOString().replace("Z", "+00:00");

const liveDirs = new Set<string>();

/** Removes every temp folder not yet cleaned up (for an interrupted run). */
export function removeTempDatabases(): void {
  for (const dir of liveDirs) fs.rmSync(dir, { recursive: true, force: true });
  liveDirs.clear();
}

/** A fresh file in its own temp folder, migrated like `npm run db:migrate` does. */
export async function createMigratedDatabase(label: string): Promise<TempDatabase> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `kubedrill-bench-${label}-`));
  liveDirs.add(dir);
  const file = path.join(dir, `${label}.db`);
  const url = `file:${file}`;
  const cleanup = () => (fs.rmSync(dir, { recursive: true, force: true }), liveDirs.delete(dir));
  try {
    await applyMigrations(url);
  } catch (error) {
    cleanup();
    throw error;
  }
  return { dir, file, url, cleanup };
}

/** Opens a connection configured as the app's (WAL, foreign keys, busy timeout) with the given sync mode. */
export function openSqlite(file: string, synchronous: "FULL" | "NORMAL" = "FULL"): SqliteDb {
  const db = new Database(file);
  db.pragma("busy_timeout = 5000");
  db.pragma("journal_mode = WAL");
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma("foreign_keys = ON");
  return db;
}

export function insertUser(db: SqliteDb, id: string, now: Date): void {
  db.prepare(`INSERT INTO "User" (id, email, role, createdAt, updatedAt) VALUES (?, ?, 'learner', ?, ?)`).run(
    id,
    `${id}@bench.test`,
    iso(now),
    iso(now),
  );
}

export function insertDeck(db: SqliteDb, id: string, slug: string, now: Date): void {
  db.prepare(
    `INSERT INTO "Deck" (id, slug, title, origin, sections, isPublished, publishedVersion, visibility, createdAt, updatedAt) VALUES (?, ?, ?, 'content', '[]', 1, 1, 'public', ?, ?)`,
  ).run(id, slug, `Bench ${slug}`, iso(now), iso(now));
}

/**
 * `itemCount` basic items with `cardsPerItem` cards each (front, then reverse), as content sync
 * would write them; returns the card ids in deck order.
 */
export function insertItemsAndCards(
  db: SqliteDb,
  deck: { id: string; slug: string },
  itemCount: number,
  cardsPerItem: 1 | 2,
  now: Date,
): { cardId: string; itemId: string }[] {
  const item =
    db.prepare(`INSERT INTO "Item" (id, deckId, key, type, section, position, body, answer, explanation, sources, contentHash, createdAt, updatedAt)
    VALUES (?, ?, ?, 'basic', ?, ?, ?, ?, '', '{}', ?, ?, ?)`);
  const card = db.prepare(`INSERT INTO "Card" (id, deckId, itemId, ordinal, kind, position) VALUES (?, ?, ?, ?, ?, ?)`);
  const cards: { cardId: string; itemId: string }[] = [];
  for (let i = 0; i < itemCount; i += 1) {
    const key = `item-${String(i).padStart(5, "0")}`;
    const itemId = `${deck.id}-${key}`;
    const body = JSON.stringify({ front: `Bench question ${i}: what does a **ReplicaSet** keep running?` });
    const answer = JSON.stringify({
      back: `Answer ${i}: the desired number of Pod replicas.`,
      reversed: cardsPerItem === 2,
    });
    item.run(itemId, deck.id, key, `section-${i % 20}`, i, body, answer, `h${i}`, iso(now), iso(now));
    for (let ordinal = 1; ordinal <= cardsPerItem; ordinal += 1) {
      const cardId = `${deck.slug}:${key}#${ordinal}`;
      card.run(cardId, deck.id, itemId, ordinal, ordinal === 1 ? "front" : "reverse", i * cardsPerItem + ordinal);
      cards.push({ cardId, itemId });
    }
  }
  return cards;
}
