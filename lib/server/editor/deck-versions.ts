import "server-only";
// A deck's published versions and the difference between two of them, item by item: each version's
// files are parsed again and the items compared by id, with a line diff of the changed ones.
import { diffLines } from "diff";
import { stringify } from "yaml";
import { instructorDeckOptions, type DeckItem } from "@/lib/core/content";
import { parseStoredDeckFiles, withoutPlacement } from "@/lib/core/editor/deck-draft";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { loadEditableDeck } from "./editable-deck";

export type VersionSummary = { version: number; createdAt: Date; summary: Record<string, unknown> };
export type DiffPart = { kind: "added" | "removed" | "same"; text: string };
export type ItemDiff = { key: string; change: "added" | "removed" | "changed"; parts: DiffPart[] };

export async function listDeckVersions(actor: Actor | null, slug: string): Promise<VersionSummary[]> {
  const deck = await loadEditableDeck(actor, slug);
  const rows = await db.deckVersion.findMany({
    where: { deckId: deck.id },
    orderBy: { version: "desc" },
    select: { version: true, createdAt: true, summary: true },
  });
  return rows.map((row) => ({ ...row, summary: row.summary as Record<string, unknown> }));
}

/** Item-level diff from version `from` to version `to` (unchanged items left out). */
export async function diffDeckVersions(
  actor: Actor | null,
  slug: string,
  from: number,
  to: number,
): Promise<ItemDiff[] | null> {
  const deck = await loadEditableDeck(actor, slug);
  const rows = await db.deckVersion.findMany({
    where: { deckId: deck.id, version: { in: [from, to] } },
    select: { version: true, source: true },
  });
  const items = (version: number) => {
    const row = rows.find((r) => r.version === version);
    if (!row) return null;
    const parsed = parseStoredDeckFiles(row.source, { ...instructorDeckOptions, slug });
    return parsed.ok ? new Map(parsed.deck.items.map((item) => [item.id, yamlOf(item)])) : null;
  };
  const before = items(from);
  const after = items(to);
  if (!before || !after) return null;
  const diffs: ItemDiff[] = [];
  for (const [key, text] of after) {
    const old = before.get(key);
    if (old === undefined) diffs.push({ key, change: "added", parts: [{ kind: "added", text }] });
    else if (old !== text)
      diffs.push({
        key,
        change: "changed",
        parts: diffLines(old, text).map((p) => ({
          kind: p.added ? "added" : p.removed ? "removed" : "same",
          text: p.value,
        })),
      });
  }
  for (const [key, text] of before)
    if (!after.has(key)) diffs.push({ key, change: "removed", parts: [{ kind: "removed", text }] });
  return diffs;
}

function yamlOf(item: DeckItem): string {
  return stringify(withoutPlacement(item), { lineWidth: 0 });
}
