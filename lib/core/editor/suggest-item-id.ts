// A new item's id, made for the instructor from what they type: the type and the first words of
// the front (or prompt), as a slug, numbered when the draft already has it. Ids are the anchor of
// learners' history, so the editor only suggests one for new items; existing ids never change.
import type { DeckItemType } from "../content/deck-schema";
import { slugify } from "../text/slugify";
import type { FormValues } from "./item-form";

/** The field whose words name an item of each type. */
const NAMING_FIELD: Record<DeckItemType, string> = {
  basic: "front",
  cloze: "text",
  typed: "prompt",
  choice: "prompt",
  truefalse: "statement",
  ordering: "prompt",
  kubectl: "prompt",
  manifest: "prompt",
};
const MAX_WORDS = 5;
const MAX_SLUG = 48;
const CLOZE = /\{\{c\d+::(.*?)(?:::.*?)?\}\}/g;

/** The words of `text` that fit an id: ASCII words (other scripts drop out), at most five. */
function slugOf(text: string): string {
  const words = slugify(text.replace(CLOZE, "$1"), 200).split("-").filter(Boolean).slice(0, MAX_WORDS);
  return slugify(words.join("-"), MAX_SLUG);
}

/**
 * `<type>-<first words>` ("basic-pod-localhost"), or `<type>-1` when the text has no ASCII words
 * (a Japanese front); "-2", "-3"… until it differs from every id in `taken`. Always 3–80 of a-z0-9-.
 */
export function suggestItemId(type: DeckItemType, values: FormValues, taken: Iterable<string>): string {
  const used = new Set(taken);
  const text = values[NAMING_FIELD[type]];
  const slug = slugOf(typeof text === "string" ? text : "");
  const base = slug ? `${type}-${slug}` : type;
  if (slug && !used.has(base)) return base;
  for (let n = slug ? 2 : 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
