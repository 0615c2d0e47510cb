import "server-only";
import type { DraftItemRequest } from "@/lib/schemas/draft-item";
// The editor's live preview: the item checked by the parser's rules and its cards rendered exactly as
// a learner's review screen renders them (same card sides, same Markdown renderer and sanitiser).
import { deriveCards, instructorDeckOptions, type DeckItem } from "@/lib/core/content";
import { toStoredItem } from "@/lib/core/content/item-storage";
import { validateDraftForm, type FieldError } from "@/lib/core/editor/validate-draft-item";
import { cardSides, type CardKind } from "@/lib/core/review/card-sides";
import type { Actor } from "../auth/current-user";
import { renderMarkdown } from "../content/render-markdown";
import { renderItemNotes, type ItemNotes } from "../content/render-item-notes";
import { loadEditableDeck } from "./editable-deck";

export type CardPreview = { kind: string; promptHtml: string; answerHtml: string };
export type ItemPreview = {
  errors: FieldError[];
  cards: CardPreview[];
  quizPromptHtml: string | null;
  notes: ItemNotes | null;
};

export async function previewDraftItem(
  actor: Actor | null,
  slug: string,
  input: DraftItemRequest,
): Promise<ItemPreview> {
  const deck = await loadEditableDeck(actor, slug);
  const checked = validateDraftForm(deck.draft, input, instructorDeckOptions);
  if (!checked.ok) return { errors: checked.errors, cards: [], quizPromptHtml: null, notes: null };
  const item = { ...checked.item, position: 0, file: "deck.md", line: 1 } as DeckItem;
  const stored = toStoredItem(item);
  const parts = { body: stored.body, answer: stored.answer };
  const cards = deriveCards(item).map((card) => {
    const sides = cardSides(card.kind as CardKind, card.ordinal, parts);
    return { kind: card.kind, promptHtml: renderMarkdown(sides.prompt), answerHtml: renderMarkdown(sides.answer) };
  });
  const prompt = "prompt" in item ? item.prompt : "statement" in item ? item.statement : null;
  return { errors: [], cards, quizPromptHtml: prompt ? renderMarkdown(prompt) : null, notes: renderItemNotes(stored) };
}
