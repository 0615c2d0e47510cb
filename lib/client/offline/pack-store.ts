// The offline pack on the device (IndexedDB): the next days' due cards of each deck with their
// answer side, as GET /api/v1/decks/{slug}/offline returned them. One database per learner, so that
// another account on the same phone never sees them; cleared on sign-out.
import { deleteDB, openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { OfflineCard, OfflinePack } from "@/lib/server/reviews/get-offline-pack";

export type StoredCard = OfflineCard & { deckSlug: string; order: number };

/** A card rated on this device, and the reps it was rated at (its state's reps before that rating). */
type RatedCard = { cardId: string; reps: number };

interface PackSchema extends DBSchema {
  cards: { key: string; value: StoredCard; indexes: { deckSlug: string; "[deckSlug+order]": [string, number] } };
  rated: { key: string; value: RatedCard };
}

// Continues the layout of the Dexie-made database (its version 1 was IndexedDB version 10); 21 adds `rated`.
const VERSION = 21;
const databases = new Map<string, Promise<IDBPDatabase<PackSchema>>>();
const databaseName = (userId: string) => `kubedrill-offline-${userId}`;

function open(userId: string): Promise<IDBPDatabase<PackSchema>> {
  let db = databases.get(userId);
  if (!db) {
    db = openDB<PackSchema>(databaseName(userId), VERSION, {
      upgrade(database, _oldVersion, _newVersion, transaction) {
        const cards = database.objectStoreNames.contains("cards")
          ? transaction.objectStore("cards")
          : database.createObjectStore("cards", { keyPath: "cardId" });
        if (!cards.indexNames.contains("deckSlug")) cards.createIndex("deckSlug", "deckSlug");
        if (!cards.indexNames.contains("[deckSlug+order]"))
          cards.createIndex("[deckSlug+order]", ["deckSlug", "order"]);
        if (!database.objectStoreNames.contains("rated")) database.createObjectStore("rated", { keyPath: "cardId" });
      },
    });
    databases.set(userId, db);
  }
  return db;
}

/** Replaces a deck's pack with a fresh one in one transaction (no half-written pack survives a crash). */
export async function savePack(userId: string, pack: OfflinePack): Promise<void> {
  const tx = (await open(userId)).transaction("cards", "readwrite");
  const writes: Promise<unknown>[] = [];
  for (
    let cursor = await tx.store.index("deckSlug").openCursor(pack.deckSlug);
    cursor;
    cursor = await cursor.continue()
  )
    writes.push(cursor.delete());
  pack.cards.forEach((card, order) => writes.push(tx.store.put({ ...card, deckSlug: pack.deckSlug, order })));
  await Promise.all([...writes, tx.done]);
}

/**
 * The deck's cards in the order the review screen would show them, without the ones this device
 * has already rated in the state the pack holds them in. A pack can be made by the server before a
 * rating reaches it and be saved after the card left the pack; its reps tell that copy apart from
 * a newer one (which has more reps: the card as it stands after the rating).
 */
export async function loadPack(userId: string, deckSlug: string): Promise<StoredCard[]> {
  const db = await open(userId);
  const tx = db.transaction(["cards", "rated"]);
  const range = IDBKeyRange.bound([deckSlug, -Infinity], [deckSlug, Infinity]);
  const [cards, rated] = await Promise.all([
    tx.objectStore("cards").index("[deckSlug+order]").getAll(range),
    tx.objectStore("rated").getAll(),
    tx.done,
  ]);
  const ratedAt = new Map(rated.map((r) => [r.cardId, r.reps]));
  return cards.filter((card) => card.expectedReps > (ratedAt.get(card.cardId) ?? -1));
}

/** A rated card leaves the pack: its next due date is only known once the server has the rating. */
export async function removeFromPack(userId: string, cardId: string, ratedAtReps: number): Promise<void> {
  const tx = (await open(userId)).transaction(["cards", "rated"], "readwrite");
  const rated = tx.objectStore("rated");
  const previous = await rated.get(cardId);
  await Promise.all([
    tx.objectStore("cards").delete(cardId),
    rated.put({ cardId, reps: Math.max(ratedAtReps, previous?.reps ?? -1) }),
    tx.done,
  ]);
}

/** Everything this learner kept on the device (sign-out). */
export async function deleteOfflineData(userId: string): Promise<void> {
  (await databases.get(userId))?.close();
  databases.delete(userId);
  await deleteDB(databaseName(userId));
}
