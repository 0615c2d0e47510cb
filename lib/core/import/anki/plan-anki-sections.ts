// Turns the Anki decks an import's cards live in into our deck title and sections. When every
// deck shares one top-level deck ("K8s::Pods", "K8s::Services") that deck names ours and its
// subdecks become the sections — which is also how writeAnkiPackage names decks, so an export
// reads back with the same title and section titles.
import type { DeckFrontMatter } from "../../content/deck-schema";
import { slugify } from "../../text/slugify";

export type AnkiDeckRef = { id: string; name: string };
export type AnkiSectionPlan = {
  title: string;
  sections: DeckFrontMatter["sections"];
  /** Anki deck id → section id. */
  sectionOfDeck: Map<string, string>;
};

/** A deck slug (3–64 characters) from an uploaded file name. */
export function slugFromFileName(fileName: string): string {
  const slug = slugify(baseName(fileName), 64);
  if (slug.length >= 3) return slug;
  return slug ? `anki-${slug}` : "anki-deck";
}

/** The file name without folders and extension, for titles. */
export function baseName(fileName: string): string {
  const name = fileName.split(/[\\/]/).pop() ?? fileName;
  return name.replace(/\.(apkg|colpkg|zip)$/i, "").trim();
}

/**
 * Title and sections for the decks in `decks` (in order of first use). Anki's default deck
 * (`defaultDeckName`, localised) says nothing about the content, so it never names our deck.
 */
export function planAnkiSections(decks: AnkiDeckRef[], fileName: string, defaultDeckName?: string): AnkiSectionPlan {
  const fallbackTitle = baseName(fileName) || "Anki deck";
  const roots = new Set(decks.map((deck) => deck.name.split("::")[0]));
  const [root] = roots;
  const shareRoot = roots.size === 1 && root.trim() !== "" && root !== defaultDeckName;
  const title = shareRoot ? root : fallbackTitle;
  const sections: DeckFrontMatter["sections"] = [];
  const sectionOfDeck = new Map<string, string>();
  const used = new Set<string>();
  decks.forEach((deck, index) => {
    const rest = shareRoot ? deck.name.split("::").slice(1).join("::") : "";
    const sectionTitle = (rest || deck.name).trim() || `Deck ${index + 1}`;
    const id = uniqueId(slugify(sectionTitle, 64) || `deck-${index + 1}`, used);
    sections.push({ id, title: sectionTitle, notes: `Anki deck ${deck.name}` });
    sectionOfDeck.set(deck.id, id);
  });
  return { title, sections, sectionOfDeck };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base.slice(0, 64 - `-${n}`.length).replace(/-+$/, "")}-${n}`;
  used.add(id);
  return id;
}
