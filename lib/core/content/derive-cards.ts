import type { DeckItem, DeckItemInput } from "./deck-schema";
import { clozeNumbers } from "./parse-cloze";

export type DeckCardKind = "front" | "reverse" | "cloze" | "typed" | "kubectl";
/** A reviewable card; `ordinal` is stable under edits (a cloze card's ordinal is its cN number). */
export type DeckCard = { id: `${string}#${number}`; itemId: string; ordinal: number; kind: DeckCardKind };

const QUIZ_TYPES = new Set<DeckItemInput["type"]>(["typed", "choice", "truefalse", "ordering", "kubectl", "manifest"]);

/**
 * The cards an item makes (docs/deck-format.md, "cards it makes"): basic → front (1) and, when
 * reversed, reverse (2); cloze → one per distinct deletion number N with ordinal N; typed and
 * kubectl → one card (1); choice, truefalse, ordering and manifest → none (quiz only).
 */
export function deriveCards(item: DeckItem | DeckItemInput): DeckCard[] {
  const card = (ordinal: number, kind: DeckCardKind): DeckCard => ({ id: `${item.id}#${ordinal}`, itemId: item.id, ordinal, kind });
  switch (item.type) {
    case "basic":
      return item.reversed ? [card(1, "front"), card(2, "reverse")] : [card(1, "front")];
    case "cloze":
      return clozeNumbers(item.text).map((n) => card(n, "cloze"));
    case "typed":
      return [card(1, "typed")];
    case "kubectl":
      return [card(1, "kubectl")];
    default:
      return [];
  }
}

/** Whether an item can appear in quizzes (graded server-side), per the format table. */
export function isQuizItem(item: DeckItem | DeckItemInput): boolean {
  return QUIZ_TYPES.has(item.type);
}
