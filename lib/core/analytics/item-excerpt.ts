// A one-line reminder of what an item asks, for tables where the whole prompt would not fit.
import { parseCloze } from "../content/parse-cloze";
import { markdownToPlainText } from "../text/markdown-to-plain-text";

export const EXCERPT_LENGTH = 80;

type StoredParts = { type: string; body: unknown; answer: unknown };

/**
 * The item's question as plain text, cut to `length` characters: the front, prompt or statement,
 * and for a cloze its text with the deletions filled in (the author's readers are instructors).
 * Markdown marks (backticks, emphasis, headings, links) are dropped: a table shows text, not source.
 */
export function itemExcerpt(item: StoredParts, length = EXCERPT_LENGTH): string {
  const body = (item.body ?? {}) as Record<string, unknown>;
  const answer = (item.answer ?? {}) as Record<string, unknown>;
  const source = item.type === "cloze" ? filledCloze(String(answer.text ?? "")) : String(body.front ?? body.prompt ?? body.statement ?? "");
  const text = markdownToPlainText(source);
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

function filledCloze(source: string): string {
  let text = "";
  let cursor = 0;
  for (const deletion of parseCloze(source).deletions) {
    text += source.slice(cursor, deletion.start) + deletion.answer;
    cursor = deletion.end;
  }
  return text + source.slice(cursor);
}
