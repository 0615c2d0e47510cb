// Items → RFC 4180 CSV for spreadsheets and other flashcard apps. Every item becomes one row with a
// readable front and back; what a row cannot hold (explanations, checks) is left out.
import { stringify } from "yaml";
import type { DeckItemInput } from "../content/deck-schema";
import { clozeSides, type ClozeMarks } from "../review/cloze-sides";

const HEADER = ["id", "front", "back", "tags", "section", "type"];
/** Front: every deletion shown as [...]; back: the full text with the answers in place. */
const CSV_CLOZE: ClozeMarks = { blank: () => "[...]", answer: (deletion) => deletion.answer };

/**
 * One row per item (`id,front,back,tags,section,type`, CRLF between records, LF kept inside
 * cells). The section column holds the section's title when `sectionTitles` has it, else its id;
 * parseCsvDeck turns a title back into an id by slugifying it.
 */
export function toCsv(items: DeckItemInput[], sectionTitles: Map<string, string>): string {
  const rows = items.map((item) => {
    const [front, back] = sidesOf(item);
    return [
      item.id,
      front,
      back,
      (item.tags ?? []).join(" "),
      sectionTitles.get(item.section) ?? item.section,
      item.type,
    ];
  });
  return [HEADER, ...rows].map((row) => row.map(quoteCsvField).join(",")).join("\r\n") + "\r\n";
}

/** The question and the answer of an item as plain text. */
function sidesOf(item: DeckItemInput): [string, string] {
  switch (item.type) {
    case "basic":
      return [item.front, item.back];
    case "cloze": {
      const { prompt, answer } = clozeSides(item.text, "all", CSV_CLOZE);
      return [prompt, answer];
    }
    case "typed":
    case "kubectl":
      return [item.prompt, item.answer];
    case "choice":
      return [
        item.prompt,
        item.options
          .filter((option) => option.correct)
          .map((option) => option.text)
          .join(" / "),
      ];
    case "truefalse":
      return [item.statement, String(item.answer)];
    case "ordering":
      // A group's steps, which may come in any order, share one place: a → (b / c) → d.
      return [
        item.prompt,
        item.steps.map((step) => (typeof step === "string" ? step : `(${step.anyOrder.join(" / ")})`)).join(" → "),
      ];
    case "manifest":
      return [item.prompt, stringify(item.solution, { lineWidth: 0, aliasDuplicateObjects: false }).replace(/\n$/, "")];
  }
}

/**
 * Quotes a field when it holds a comma, quote, line break, tab or semicolon (so no delimiter guess
 * can split it), starts with `#` (an Anki header line) or has surrounding spaces some readers trim.
 */
export function quoteCsvField(value: string): string {
  return /[",\r\n\t;]|^#|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
