import { clozeSides } from "./cloze-sides";

export type CardKind = "front" | "reverse" | "cloze" | "typed" | "kubectl";
export type AnswerInput = "reveal" | "typed" | "kubectl";

/** The two sides of one card as Markdown: `prompt` may go to the browser, `answer` only after reveal. */
export type CardSides = { prompt: string; answer: string; input: AnswerInput };

type Stored = { body: Record<string, unknown>; answer: Record<string, unknown> };

/**
 * Builds the sides of a card from its item's stored parts. A reversed card asks with the back; a
 * cloze card blanks its own deletion number and shows the others filled in.
 */
export function cardSides(kind: CardKind, ordinal: number, item: Stored): CardSides {
  const text = (value: unknown) => String(value ?? "");
  switch (kind) {
    case "front":
      return { prompt: text(item.body.front), answer: text(item.answer.back), input: "reveal" };
    case "reverse":
      return { prompt: text(item.answer.back), answer: text(item.body.front), input: "reveal" };
    case "cloze":
      return { ...clozeSides(text(item.answer.text), ordinal), input: "reveal" };
    case "typed":
      return { prompt: text(item.body.prompt), answer: text(item.answer.answer), input: "typed" };
    case "kubectl":
      return {
        prompt: text(item.body.prompt),
        answer: "```bash\n" + text(item.answer.answer) + "\n```",
        input: "kubectl",
      };
  }
}
