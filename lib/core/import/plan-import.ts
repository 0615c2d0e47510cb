// What an import or a publish would do to a deck's items, computed before anything is written, so
// that the instructor sees it first. Pure: the caller reads the current rows.
import { contentHash } from "../content/content-hash";
import type { DeckItemInput } from "../content/deck-schema";

export type ExistingItem = { key: string; contentHash: string; retired: boolean };

/** Item keys by what would happen to them; `unchanged` items keep everything, `changed` keep their id and cards. */
export type ImportPlan = { added: string[]; changed: string[]; unchanged: string[]; removed: string[] };

export function planImport(existing: ExistingItem[], incoming: DeckItemInput[]): ImportPlan {
  const byKey = new Map(existing.map((row) => [row.key, row]));
  const plan: ImportPlan = { added: [], changed: [], unchanged: [], removed: [] };
  const keys = new Set<string>();
  for (const item of incoming) {
    keys.add(item.id);
    const row = byKey.get(item.id);
    // A retired item that comes back is "added" for the learner; its old cards and history return with it.
    if (!row || row.retired) plan.added.push(item.id);
    else if (row.contentHash !== contentHash(item)) plan.changed.push(item.id);
    else plan.unchanged.push(item.id);
  }
  for (const row of existing) if (!row.retired && !keys.has(row.key)) plan.removed.push(row.key);
  return plan;
}
