// Decides what an Anki note type is by its structure — cloze or not, how many templates, which
// fields each side shows — never by its (localised, user-editable) name.
import type { AnkiNoteType } from "./anki-collection";

/** Field indexes into the note's fields. `reverse` = a second template asking back → front. */
export type AnkiNoteShape =
  | { kind: "basic"; front: number; back: number; extra: number | null; reverseOrd: number | null }
  | { kind: "cloze"; text: number; extra: number | null }
  | { kind: "unsupported" };

type TemplateRefs = { content: number[]; cloze: number[]; typed: number[] };

/** Classifies a note type as Basic(-like, optionally reversed), Cloze, or unsupported. */
export function classifyNoteType(noteType: AnkiNoteType): AnkiNoteShape {
  const { fieldNames, templates } = noteType;
  if (templates.length === 0) return { kind: "unsupported" };
  const question = templates.map((t) => templateRefs(t.qfmt, fieldNames));
  // On the answer side `{{type:Back}}` does show Back (compared with what was typed).
  const answer = templates.map((t) => {
    const refs = templateRefs(t.afmt, fieldNames);
    return { ...refs, content: [...refs.content, ...refs.typed] };
  });
  if (noteType.isCloze) {
    const text = question[0].cloze[0];
    if (text === undefined) return { kind: "unsupported" };
    const extra = answer[0].content.find((index) => index !== text) ?? null;
    return { kind: "cloze", text, extra };
  }
  if (fieldNames.length < 2 || templates.length > 2) return { kind: "unsupported" };
  const asks = (refs: TemplateRefs, shown: number, hidden: number) =>
    refs.content.includes(shown) && !refs.content.includes(hidden);
  if (!asks(question[0], 0, 1) || !answer[0].content.includes(1)) return { kind: "unsupported" };
  if (templates.length === 2 && !asks(question[1], 1, 0)) return { kind: "unsupported" };
  const extra = answer[0].content.find((index) => index > 1) ?? null;
  return { kind: "basic", front: 0, back: 1, extra, reverseOrd: templates.length === 2 ? 1 : null };
}

/**
 * Field indexes a template shows, in order of first use. `{{#F}}`/`{{^F}}`/`{{/F}}` are conditions,
 * not content; `{{type:F}}` (an answer box) is listed under typed and `{{cloze:F}}` under cloze.
 * Special names (FrontSide, Tags, Deck, …) are not fields and drop out.
 */
export function templateRefs(template: string, fieldNames: string[]): TemplateRefs {
  const refs: TemplateRefs = { content: [], cloze: [], typed: [] };
  for (const match of template.matchAll(/\{\{([^{}]+)\}\}/g)) {
    const inner = match[1].trim();
    if (/^[#^/!=>]/.test(inner)) continue;
    const parts = inner.split(":");
    const filters = parts.slice(0, -1).map((filter) => filter.trim());
    const index = fieldNames.indexOf(parts[parts.length - 1].trim());
    if (index === -1) continue;
    const list = filters.includes("type") ? refs.typed : filters.includes("cloze") ? refs.cloze : refs.content;
    if (!list.includes(index)) list.push(index);
  }
  return refs;
}
