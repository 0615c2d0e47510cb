import type { DeckError } from "./deck-error";
import type { FrontMatterResult, ItemRef, Loc } from "./parse-deck-file";

const MIN_SECTION_ITEMS = 3;

/**
 * Deck-wide checks across files: slug = folder name, unique section and item ids, items point at
 * existing sections, and every section has at least 3 items of which at least one is not basic
 * (reported at the section in the front matter).
 */
export type CheckDeckOptions = { folderName: string; slug?: string; curated: boolean };

export function checkDeck(front: FrontMatterResult | null, refs: ItemRef[], { folderName, slug, curated }: CheckDeckOptions): DeckError[] {
  const errors: DeckError[] = [];
  const at = (loc: Loc, message: string) => errors.push({ ...loc, message });
  const firstId = new Map<string, Loc>();
  for (const ref of refs) {
    if (ref.id === null) continue;
    const first = firstId.get(ref.id);
    const loc = ref.at(["id"]);
    if (first) at(loc, `duplicate item id "${ref.id}" (first used at ${first.file}:${first.line}:${first.column})`);
    else firstId.set(ref.id, loc);
  }
  if (!front) return errors;
  const { data } = front;
  if (slug === undefined && data.slug !== folderName) {
    at(front.at(["slug"]), `slug "${data.slug}" must equal the deck folder name "${folderName}"`);
  }
  const sectionIds = new Set<string>();
  data.sections.forEach((section, index) => {
    if (sectionIds.has(section.id)) at(front.at(["sections", index, "id"]), `duplicate section id "${section.id}"`);
    sectionIds.add(section.id);
  });
  for (const ref of refs) {
    if (ref.section !== null && !sectionIds.has(ref.section)) {
      at(ref.at(["section"]), `unknown section "${ref.section}"; the front matter defines ${[...sectionIds].join(", ")}`);
    }
  }
  if (!curated) return errors;
  data.sections.forEach((section, index) => {
    if (data.sections.findIndex((s) => s.id === section.id) !== index) return;
    const members = refs.filter((ref) => ref.section === section.id);
    const loc = front.at(["sections", index]);
    if (members.length < MIN_SECTION_ITEMS) {
      at(loc, `section "${section.id}" has ${members.length} item(s); each section needs at least ${MIN_SECTION_ITEMS}`);
    } else if (members.every((ref) => ref.type === "basic")) {
      at(loc, `section "${section.id}" has only basic items; add at least one item of another type`);
    }
  });
  return errors;
}
