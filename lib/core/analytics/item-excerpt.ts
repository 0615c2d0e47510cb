// A one-line reminder of what an item asks, for tables where the whole prompt would not fit.
import { decodeItemBody, type AnyItemBody } from "../content/item-body-codec";
import { clozeSides, type ClozeMarks } from "../review/cloze-sides";
import { markdownToPlainText } from "../text/markdown-to-plain-text";

export const EXCERPT_LENGTH = 80;

type StoredParts = { type: string; body: unknown; answer: unknown };
const FILLED: ClozeMarks = { blank: (deletion) => deletion.answer, answer: (deletion) => deletion.answer };

/**
 * The item's question as plain text, cut to `length` characters: the front, prompt or statement,
 * and for a cloze its text with the deletions filled in (the author's readers are instructors).
 * Markdown marks (backticks, emphasis, headings, links) are dropped: a table shows text, not source.
 */
export function itemExcerpt(item: StoredParts, length = EXCERPT_LENGTH): string {
  const body: AnyItemBody = decodeItemBody(item.type, item.body);
  const answer = (item.answer ?? {}) as Record<string, unknown>;
  const source =
    item.type === "cloze"
      ? clozeSides(String(answer.text ?? ""), "all", FILLED).prompt
      : String(body.front ?? body.prompt ?? body.statement ?? "");
  const text = markdownToPlainText(source);
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
