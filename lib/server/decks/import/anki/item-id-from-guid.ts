import "server-only";
// Item ids ↔ Anki note GUIDs, so that importing a package again updates items instead of adding
// copies, and an export updates the same notes in Anki (the way back is guidFromItemId in
// lib/server/decks/export/anki/guid-from-item-id.ts).
//   Anki GUID "cU1%zNUzk1"        → item id "anki-g-" + hex of its UTF-8 bytes (reversible)
//   GUID longer than 36 bytes     → item id "anki-h-" + 16 hex of its SHA-1 (stable, not reversible)
//   GUID "kd:<slug>/<id>" (ours)  → item id <id>, so an exported deck reads back with its own ids
import { createHash } from "node:crypto";
import { ITEM_ID_PATTERN } from "@/lib/core/content/slug-patterns";

const OURS = /^kd:(?:[a-z0-9-]*\/)?([^/]*)$/;
const MAX_REVERSIBLE_BYTES = (80 - "anki-g-".length) / 2;

/** The item id for an Anki note GUID (deterministic). */
export function itemIdFromGuid(guid: string): string {
  const ours = OURS.exec(guid);
  if (ours && ITEM_ID_PATTERN.test(ours[1])) return ours[1];
  const bytes = Buffer.from(guid, "utf8");
  if (bytes.length > 0 && bytes.length <= MAX_REVERSIBLE_BYTES) return `anki-g-${bytes.toString("hex")}`;
  return `anki-h-${createHash("sha1").update(guid).digest("hex").slice(0, 16)}`;
}
