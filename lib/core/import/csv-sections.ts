// Sections of a CSV import: one per distinct value of the section column (in order of first use),
// or one "imported" section for rows without one.
import { fnv1a64 } from "../content/content-hash";
import type { DeckFrontMatter } from "../content/deck-schema";
import { slugify } from "../text/slugify";

type Section = DeckFrontMatter["sections"][number];
export type SectionRegistry = {
  /** The section id for a cell's text (null: the default section), creating the section on first use. */
  idFor(title: string | null): string;
  sections: Section[];
};

const DEFAULT_SECTION_ID = "imported";
const MAX_SECTION_ID = 64;

/** `notes` of every section: the file the rows came from (the front matter requires a source). */
export function createSectionRegistry(defaultTitle: string, notes: string): SectionRegistry {
  const byTitle = new Map<string | null, string>();
  const taken = new Set<string>();
  const sections: Section[] = [];
  const idFor = (title: string | null): string => {
    const known = byTitle.get(title);
    if (known) return known;
    const base =
      title === null ? DEFAULT_SECTION_ID : slugify(title, MAX_SECTION_ID) || `section-${hashOf(title).slice(0, 8)}`;
    // Titles that differ only in case, punctuation or script ("Pods", "pods!") still get their own section.
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base.slice(0, MAX_SECTION_ID - String(n).length - 1)}-${n}`;
    taken.add(id);
    byTitle.set(title, id);
    sections.push({ id, title: title ?? defaultTitle, notes });
    return id;
  };
  return { idFor, sections };
}

/** Front matter of an imported CSV: slug from the file name; `slug` is replaced by the target deck's on import. */
export function buildCsvFront(
  fileName: string,
  options: { title?: string; language?: string },
  sections: Section[],
): DeckFrontMatter {
  const baseName = fileName.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, "");
  const slug = slugify(baseName, 64);
  return {
    slug: slug.length >= 3 ? slug : ["imported", slug].filter(Boolean).join("-"),
    title: nonBlank(options.title) ?? nonBlank(fileName) ?? "CSV",
    language: options.language ?? "ja",
    kubernetesVersion: "1.32",
    sections,
  };
}

function nonBlank(text: string | undefined): string | undefined {
  return text !== undefined && text.trim() !== "" ? text : undefined;
}

function hashOf(text: string): string {
  return fnv1a64(new TextEncoder().encode(text));
}
