import "server-only";
// Which note an item becomes in Anki, as Markdown fields (converted to HTML by the writer).
// basic / cloze map to the matching note types; quiz-only types become Basic notes whose back
// states the answer in readable form.
import { stringify } from "yaml";
import type { DeckItemInput } from "@/lib/core/content/deck-schema";
import { flattenSteps } from "@/lib/core/content/flatten-steps";
import { orderingStepsMarkdown } from "@/lib/core/content/ordering-steps-markdown";
import { clozeNumbers } from "@/lib/core/content/parse-cloze";
import type { AnkiNoteTypeKey } from "./anki-note-types";

export type AnkiNoteDraft = { noteType: AnkiNoteTypeKey; fields: string[]; cardOrds: number[] };

type Labels = { yes: string; no: string; alsoAccepted: string; anyOrder: string };
const LABELS: Record<string, Labels> = {
  ja: { yes: "正しい", no: "誤り", alsoAccepted: "別解:", anyOrder: "順不同" },
  en: { yes: "True", no: "False", alsoAccepted: "Also accepted:", anyOrder: "any order" },
};

/** The note for one item; fields in the order of the note type's fields. */
export function itemToAnkiNote(item: DeckItemInput, language = "ja"): AnkiNoteDraft {
  const explanation = item.explanation ?? "";
  if (item.type === "cloze") {
    const numbers = clozeNumbers(item.text);
    return {
      noteType: "cloze",
      fields: [item.text, explanation],
      cardOrds: numbers.length > 0 ? numbers.map((n) => n - 1) : [0],
    };
  }
  if (item.type === "basic" && item.reversed)
    return { noteType: "reversed", fields: [item.front, item.back, explanation], cardOrds: [0, 1] };
  const [front, back] = frontAndBack(item, LABELS[language.split("-")[0]] ?? LABELS.en);
  return { noteType: "basic", fields: [front, back, explanation], cardOrds: [0] };
}

function frontAndBack(item: Exclude<DeckItemInput, { type: "cloze" }>, labels: Labels): [string, string] {
  switch (item.type) {
    case "basic":
      return [item.front, item.back];
    case "typed":
      return [item.prompt, withAccepted(item.answer, item.accept, labels)];
    case "choice": {
      const correct = item.options.filter((option) => option.correct).map((option) => option.text);
      return [item.prompt, correct.length === 1 ? correct[0] : correct.map((text) => `- ${text}`).join("\n")];
    }
    case "truefalse":
      return [item.statement, item.answer ? labels.yes : labels.no];
    case "ordering": {
      const { steps, anyOrder } = flattenSteps(item.steps);
      return [item.prompt, orderingStepsMarkdown(steps, anyOrder, labels.anyOrder)];
    }
    case "kubectl":
      return [item.prompt, withAccepted(codeSpan(item.answer), item.accept?.map(codeSpan), labels)];
    case "manifest":
      return [item.prompt, `\`\`\`yaml\n${stringify(item.solution).trimEnd()}\n\`\`\``];
  }
}

function withAccepted(answer: string, accept: string[] | undefined, labels: Labels): string {
  if (!accept || accept.length === 0) return answer;
  return `${answer}\n\n${labels.alsoAccepted}\n\n${accept.map((form) => `- ${form}`).join("\n")}`;
}

function codeSpan(command: string): string {
  const fence = command.includes("`") ? "``" : "`";
  return fence === "`" ? `\`${command}\`` : `\`\` ${command} \`\``;
}
