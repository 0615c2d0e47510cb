import "server-only";
// The inverse of itemIdFromGuid (lib/server/decks/import/anki/item-id-from-guid.ts, where the
// mapping is described): an item that came from Anki gets its original GUID back.
import { ITEM_ID_PATTERN } from "@/lib/core/content/slug-patterns";
import { itemIdFromGuid } from "../../import/anki/item-id-from-guid";

const REVERSIBLE = /^anki-g-((?:[0-9a-f]{2})+)$/;

/** The Anki GUID for an item: the original GUID when the item came from Anki, else one of ours. */
export function guidFromItemId(itemId: string, deckSlug?: string): string {
  const reversible = REVERSIBLE.exec(itemId);
  if (reversible) {
    const guid = Buffer.from(reversible[1], "hex").toString("utf8");
    if (itemIdFromGuid(guid) === itemId) return guid; // not valid UTF-8 would not round-trip
  }
  if (!ITEM_ID_PATTERN.test(itemId)) throw new Error(`invalid item id ${JSON.stringify(itemId)}`);
  return deckSlug ? `kd:${deckSlug}/${itemId}` : `kd:${itemId}`;
}
