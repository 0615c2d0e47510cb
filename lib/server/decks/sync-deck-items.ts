import "server-only";
// Brings a deck's Item and Card rows in line with its parsed items, inside the caller's
// transaction. Rows are updated in place and retired, never deleted: every learner's CardState
// and ReviewLog hangs off a Card row, and a wording fix must not cost anyone their progress.
import { Prisma } from "@/generated/prisma/client";
import { deriveCards, type DeckItem } from "@/lib/core/content";
import { toStoredItem, type StoredItem } from "@/lib/core/content/item-storage";
import { encodeItemBody } from "@/lib/core/content/item-body-codec";
import type { db } from "../db";

/** The client a `db.$transaction(async (tx) => …)` callback receives. */
export type Tx = Parameters<Extract<Parameters<typeof db.$transaction>[0], (...args: never[]) => unknown>>[0];

/**
 * What a sync did to the items, by item key. `changed` holds items whose content hash differs
 * (restored ones included); `restored` items were retired and are back; `moved` items kept their
 * content but not their position; `unchanged` counts live items with the same content (moved
 * ones included).
 */
export type ItemSyncResult = {
  added: string[];
  changed: string[];
  unchanged: number;
  retired: string[];
  restored: string[];
  moved: string[];
};

type DeckRef = { id: string; slug: string };
/** What every step of one deck's sync needs. */
type SyncContext = { tx: Tx; deck: DeckRef; now: Date; cards: CardRow[] };
type ItemRow = { id: string; key: string; contentHash: string; position: number; retiredAt: Date | null };
type CardRow = { id: string; itemId: string; ordinal: number; kind: string; position: number; retiredAt: Date | null };

/** Inserts new items, updates changed, moved and restored ones in place and retires the missing. */
export async function syncDeckItems(tx: Tx, deck: DeckRef, items: DeckItem[], now: Date): Promise<ItemSyncResult> {
  const rows: ItemRow[] = await tx.item.findMany({
    where: { deckId: deck.id },
    select: { id: true, key: true, contentHash: true, position: true, retiredAt: true },
  });
  const cards: CardRow[] = await tx.card.findMany({
    where: { deckId: deck.id },
    select: { id: true, itemId: true, ordinal: true, kind: true, position: true, retiredAt: true },
  });
  const context: SyncContext = { tx, deck, now, cards };
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const result: ItemSyncResult = { added: [], changed: [], unchanged: 0, retired: [], restored: [], moved: [] };
  const fresh: DeckItem[] = [];
  for (const item of items) {
    const row = byKey.get(item.id);
    if (!row) {
      fresh.push(item);
      result.added.push(item.id);
    } else {
      await updateItem(context, item, row, result);
    }
  }
  await insertItems(tx, deck, fresh);
  const keys = new Set(items.map((item) => item.id));
  const gone = rows.filter((row) => !keys.has(row.key) && row.retiredAt === null);
  await retireItems(tx, gone, now);
  result.retired = gone.map((row) => row.key);
  return result;
}

async function updateItem(context: SyncContext, item: DeckItem, row: ItemRow, result: ItemSyncResult) {
  const stored = toStoredItem(item);
  const isChanged = row.contentHash !== stored.contentHash;
  const isRestored = row.retiredAt !== null;
  const isMoved = row.position !== item.position;
  if (isChanged) result.changed.push(item.id);
  else result.unchanged += 1;
  if (isRestored) result.restored.push(item.id);
  else if (isMoved && !isChanged) result.moved.push(item.id);
  if (!isChanged && !isRestored && !isMoved) return;
  // Same row id: the Item keeps its Cards, and through them everyone's CardState.
  await context.tx.item.update({ where: { id: row.id }, data: { ...itemColumns(stored), retiredAt: null } });
  await reconcileCards(context, row.id, item);
}

async function insertItems(tx: Tx, deck: DeckRef, items: DeckItem[]) {
  if (items.length === 0) return;
  const created = await tx.item.createManyAndReturn({
    data: items.map((item) => ({ deckId: deck.id, ...itemColumns(toStoredItem(item)) })),
    select: { id: true, key: true },
  });
  const idByKey = new Map(created.map((row) => [row.key, row.id]));
  const data = items.flatMap((item) =>
    wantedCards(deck.slug, item).map((card) => ({ ...card, deckId: deck.id, itemId: idByKey.get(item.id)! })),
  );
  if (data.length > 0) await tx.card.createMany({ data });
}

/** Current ordinals get a live card (new, restored or re-positioned); vanished ordinals are retired. */
async function reconcileCards({ tx, deck, now, cards }: SyncContext, itemId: string, item: DeckItem) {
  const existing = cards.filter((card) => card.itemId === itemId);
  const wanted = wantedCards(deck.slug, item);
  const byOrdinal = new Map(existing.map((card) => [card.ordinal, card]));
  const missing = wanted.filter((card) => !byOrdinal.has(card.ordinal));
  if (missing.length > 0)
    await tx.card.createMany({ data: missing.map((card) => ({ ...card, deckId: deck.id, itemId })) });
  for (const card of wanted) {
    const row = byOrdinal.get(card.ordinal);
    if (row && (row.retiredAt !== null || row.kind !== card.kind || row.position !== card.position)) {
      await tx.card.update({
        where: { id: row.id },
        data: { kind: card.kind, position: card.position, retiredAt: null },
      });
    }
  }
  const ordinals = new Set(wanted.map((card) => card.ordinal));
  const vanished = existing
    .filter((card) => !ordinals.has(card.ordinal) && card.retiredAt === null)
    .map((card) => card.id);
  if (vanished.length > 0) await tx.card.updateMany({ where: { id: { in: vanished } }, data: { retiredAt: now } });
}

async function retireItems(tx: Tx, rows: ItemRow[], now: Date) {
  if (rows.length === 0) return;
  const ids = rows.map((row) => row.id);
  await tx.item.updateMany({ where: { id: { in: ids } }, data: { retiredAt: now } });
  await tx.card.updateMany({ where: { itemId: { in: ids }, retiredAt: null }, data: { retiredAt: now } });
}

/** Card ids are `${deckSlug}:${itemKey}#${ordinal}`; positions keep an item's cards together, in deck order. */
function wantedCards(slug: string, item: DeckItem) {
  return deriveCards(item).map((card) => ({
    id: `${slug}:${card.id}`,
    ordinal: card.ordinal,
    kind: card.kind,
    position: item.position * 10 + card.ordinal,
  }));
}

function itemColumns(stored: StoredItem) {
  return {
    key: stored.key,
    type: stored.type,
    section: stored.section,
    position: stored.position,
    body: encodeItemBody(stored.type, stored.body),
    // Plain JSON by construction (parsed from YAML's core schema); Prisma's Json input type cannot see that.
    answer: stored.answer as Prisma.InputJsonValue,
    explanation: stored.explanation,
    sources: stored.sources,
    correction: stored.correction ?? Prisma.DbNull,
    contentHash: stored.contentHash,
  };
}
