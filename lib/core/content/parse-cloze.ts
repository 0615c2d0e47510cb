/** One Anki-style deletion `{{cN::answer}}` or `{{cN::answer::hint}}`; start/end index `text`. */
export type ClozeDeletion = { number: number; answer: string; hint?: string; start: number; end: number };
export type ClozeParse = { deletions: ClozeDeletion[]; problems: { index: number; message: string }[] };

const OPEN = /^\{\{c(\d+)::/;
// Something that was meant to be a deletion but is not well-formed, e.g. `{{c1:x}}`, `{{ c1::`, `{{C1::`.
const NEAR_MISS = /^\{\{\s*c\s*\d*\s*:/i;

/**
 * Finds the deletions of a cloze text. Other `{{…}}` (Go templates in kubectl examples) are left
 * alone. Numbers run c1…c9; an answer may not contain `}}` or another deletion.
 */
export function parseCloze(text: string): ClozeParse {
  const result: ClozeParse = { deletions: [], problems: [] };
  let i = text.indexOf("{{");
  while (i !== -1) {
    const rest = text.slice(i, i + 16);
    const open = OPEN.exec(rest);
    if (!open) {
      if (NEAR_MISS.test(rest)) result.problems.push({ index: i, message: `malformed cloze deletion "${snippet(text, i)}"; write {{c1::answer}} or {{c1::answer::hint}}` });
      i = text.indexOf("{{", i + 2);
      continue;
    }
    const bodyStart = i + open[0].length;
    const close = text.indexOf("}}", bodyStart);
    if (close === -1) {
      result.problems.push({ index: i, message: `cloze deletion "${snippet(text, i)}" is never closed with }}` });
      break;
    }
    readDeletion(text, i, Number(open[1]), text.slice(bodyStart, close), close + 2, result);
    i = text.indexOf("{{", close + 2);
  }
  if (result.deletions.length === 0 && result.problems.length === 0) {
    result.problems.push({ index: 0, message: "cloze text has no deletion such as {{c1::answer}}" });
  }
  return result;
}

function readDeletion(text: string, start: number, number: number, body: string, end: number, result: ClozeParse): void {
  const where = `cloze deletion "${snippet(text, start)}"`;
  if (body.includes("{{")) {
    result.problems.push({ index: start, message: `${where} contains another deletion; nesting is not supported` });
    return;
  }
  const parts = body.split("::");
  if (number < 1 || number > 9) result.problems.push({ index: start, message: `${where}: numbers run from c1 to c9` });
  else if (parts.length > 2) result.problems.push({ index: start, message: `${where} has more than one ::hint` });
  else if (parts[0].trim() === "") result.problems.push({ index: start, message: `${where} has an empty answer` });
  else {
    const hint = parts[1]?.trim() ? parts[1] : undefined;
    result.deletions.push({ number, answer: parts[0], ...(hint ? { hint } : {}), start, end });
  }
}

function snippet(text: string, start: number): string {
  const piece = text.slice(start, start + 30).split("\n")[0];
  return piece.length < text.length - start ? `${piece}…` : piece;
}

/** The distinct deletion numbers of a cloze text, ascending; each becomes one card. */
export function clozeNumbers(text: string): number[] {
  return [...new Set(parseCloze(text).deletions.map((d) => d.number))].sort((a, b) => a - b);
}
