import { parseCloze, type ClozeDeletion } from "../content/parse-cloze";
import { markAnswer, markBlank } from "./cloze-markers";

/** How a chosen deletion reads on each side; the other deletions read filled in on both. */
export type ClozeMarks = { blank: (deletion: ClozeDeletion) => string; answer: (deletion: ClozeDeletion) => string };

// Markers, not HTML: the deletion may sit inside code (see cloze-markers.ts).
const REVIEW_MARKS: ClozeMarks = {
  blank: (deletion) => markBlank(deletion.hint || undefined),
  answer: (deletion) => markAnswer(deletion.answer),
};

/**
 * The prompt and the answer of a cloze text: deletion `number` (every deletion for "all") blanked
 * in the prompt and marked in the answer, by default with the review screen's markers (the blank
 * keeps its hint).
 */
export function clozeSides(
  source: string,
  number: number | "all",
  marks: ClozeMarks = REVIEW_MARKS,
): { prompt: string; answer: string } {
  const { deletions } = parseCloze(source);
  let prompt = "";
  let answer = "";
  let cursor = 0;
  for (const deletion of deletions) {
    const before = source.slice(cursor, deletion.start);
    prompt += before;
    answer += before;
    if (number === "all" || deletion.number === number) {
      prompt += marks.blank(deletion);
      answer += marks.answer(deletion);
    } else {
      prompt += deletion.answer;
      answer += deletion.answer;
    }
    cursor = deletion.end;
  }
  return { prompt: prompt + source.slice(cursor), answer: answer + source.slice(cursor) };
}
