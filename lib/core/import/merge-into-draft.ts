// An import from the instructor's UI lands in the deck's draft: items in the file are added or
// updated by id, items the file does not have stay unless the instructor explicitly chose to
// remove them (`remove`), and publishing stays a separate step. Pure: the caller loads and saves.
import type { DeckItemInput } from "../content/deck-schema";
import type { DeckDraft } from "../editor/deck-draft";
import { withoutPlacement } from "../editor/deck-draft";

export type DraftImportPlan = {
  added: string[];
  changed: string[];
  unchanged: string[];
  /** In the draft but not in the file: kept unless listed in `remove`. */
  missing: { id: string; label: string }[];
  /** The missing items that this import removes (only those the instructor chose). */
  removed: string[];
};

type Sections = DeckDraft["front"]["sections"];

const same = (a: DeckItemInput, b: DeckItemInput) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

export function mergeIntoDraft(
  draft: DeckDraft,
  incoming: { items: DeckItemInput[]; sections: Sections },
  remove: readonly string[],
): { draft: DeckDraft; plan: DraftImportPlan } {
  const fileItems = incoming.items.map((item) => withoutPlacement(item));
  const byId = new Map(fileItems.map((item) => [item.id, item]));
  const plan: DraftImportPlan = { added: [], changed: [], unchanged: [], missing: [], removed: [] };
  const chosen = new Set(remove);
  const kept: DeckItemInput[] = [];
  for (const item of draft.items) {
    const replacement = byId.get(item.id);
    if (replacement) {
      (same(item, replacement) ? plan.unchanged : plan.changed).push(item.id);
      kept.push(replacement);
      byId.delete(item.id);
    } else {
      plan.missing.push({ id: item.id, label: itemLabel(item) });
      if (chosen.has(item.id)) plan.removed.push(item.id);
      else kept.push(item);
    }
  }
  const added = fileItems.filter((item) => byId.has(item.id));
  plan.added.push(...added.map((item) => item.id));
  const sections = [...draft.front.sections];
  for (const section of incoming.sections)
    if (!sections.some((s) => s.id === section.id) && [...kept, ...added].some((i) => i.section === section.id))
      sections.push(section);
  return { draft: { front: { ...draft.front, sections }, items: [...kept, ...added] }, plan };
}

/** A short, human label for an item: its question text, for the list of what a removal would take. */
export function itemLabel(item: DeckItemInput): string {
  const text =
    item.type === "basic"
      ? item.front
      : item.type === "cloze"
        ? item.text
        : item.type === "truefalse"
          ? item.statement
          : item.prompt;
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, sortKeys(v)]),
    );
  return value;
}
