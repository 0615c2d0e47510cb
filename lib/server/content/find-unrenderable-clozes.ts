import "server-only";
import type { DeckError, ParsedDeck } from "@/lib/core/content";
import { parseCloze } from "@/lib/core/content/parse-cloze";
import { clozeSides } from "@/lib/core/review/cloze-sides";
import { leftoverClozeMarkers } from "@/lib/core/review/cloze-markers";
import { renderMarkdown } from "./render-markdown";

/**
 * Renders both sides of every cloze deletion the way learners see them and reports the ones that
 * cannot render: a deletion that starts inside code and ends outside it (or the other way round)
 * leaves its markers unsubstituted, and would show broken text on the card.
 */
export function findUnrenderableClozes(deck: ParsedDeck): DeckError[] {
  const errors: DeckError[] = [];
  for (const item of deck.items) {
    if (item.type !== "cloze") continue;
    const numbers = [...new Set(parseCloze(item.text).deletions.map((d) => d.number))];
    for (const number of numbers) {
      const sides = clozeSides(item.text, number);
      if (leftoverClozeMarkers(renderMarkdown(sides.prompt)) || leftoverClozeMarkers(renderMarkdown(sides.answer))) {
        errors.push({ file: item.file, line: item.line, column: 1, message: `${item.id}: cloze c${number} cannot render; a deletion must lie wholly inside or wholly outside \`code\`` });
      }
    }
  }
  return errors;
}
