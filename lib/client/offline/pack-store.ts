// The offline pack on the device (IndexedDB via Dexie): the next days' due cards of each deck with
// their answer side, as GET /api/v1/decks/{slug}/offline returned them. One database per learner,
// so that another account on the same phone never sees them; cleared on sign-out.
import Dexie, { type EntityTable } from "dexie";
import type { OfflineCard, OfflinePack } from "@/lib/server/reviews/get-offline-pack";

export type StoredCard = OfflineCard & { deckSlug: string; order: number };

type PackDatabase = Dexie & { cards: EntityTable<StoredCard, "cardId"> };

const databases = new Map<string, PackDatabase>();

function open(userId: string): PackDatabase {
  let db = databases.get(userId);
  if (!db) {
    db = new Dexie(`kubedrill-offline-${userId}`) as PackDatabase;
    db.version(1).stores({ cards: "cardId, deckSlug, [deckSlug+order]" });
    databases.set(userId, db);
  }
  return db;
}

/** Replaces a deck's pack with a fresh one in one transaction (no half-written pack survives a crash). */
export async function savePack(userId: string, pack: OfflinePack): Promise<void> {
  const db = open(userId);
  await db.transaction("rw", db.cards, async () => {
    await db.cards.where("deckSlug").equals(pack.deckSlug).delete();
    await db.cards.bulkPut(pack.cards.map((card, order) => ({ ...card, deckSlug: pack.deckSlug, order })));
  });
}

/** The deck's cards in the order the review screen would show them. */
export async function loadPack(userId: string, deckSlug: string): Promise<StoredCard[]> {
  return open(userId).cards.where("[deckSlug+order]").between([deckSlug, Dexie.minKey], [deckSlug, Dexie.maxKey]).toArray();
}

/** A card rated offline leaves the pack: its next due date is only known once the server has the rating. */
export async function removeFromPack(userId: string, cardId: string): Promise<void> {
  await open(userId).cards.delete(cardId);
}

/** Everything this learner kept on the device (sign-out). */
export async function deleteOfflineData(userId: string): Promise<void> {
  databases.get(userId)?.close();
  databases.delete(userId);
  await Dexie.delete(`kubedrill-offline-${userId}`);
}
