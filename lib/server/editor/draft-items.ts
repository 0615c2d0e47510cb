import "server-only";
import type { DraftItemRequest } from "@/lib/schemas/draft-item";
// Saving and deleting items of a draft. Nothing here reaches learners until the deck is published.
import { instructorDeckOptions } from "@/lib/core/content";
import type { DeckDraft } from "@/lib/core/editor/deck-draft";
import { putDraftItem, validateDraftForm, type FieldError } from "@/lib/core/editor/validate-draft-item";
import type { Actor } from "../auth/current-user";
import { AppError } from "../errors";
import { loadEditableDeck, saveDraft } from "./editable-deck";

export type SaveItemResult = { ok: true; key: string } | { ok: false; errors: FieldError[] };

export async function saveDraftItem(
  actor: Actor | null,
  slug: string,
  input: DraftItemRequest,
  now: Date,
): Promise<SaveItemResult> {
  const deck = await loadEditableDeck(actor, slug);
  const checked = validateDraftForm(deck.draft, input, instructorDeckOptions);
  if (!checked.ok) return checked;
  await saveDraft(deck.id, putDraftItem(deck.draft, checked.item, input.originalKey), now);
  return { ok: true, key: checked.item.id };
}

/** Removes an item from the draft; once published, the item is retired and its history kept. */
export async function deleteDraftItem(actor: Actor | null, slug: string, key: string, now: Date): Promise<void> {
  const deck = await loadEditableDeck(actor, slug);
  if (!deck.draft.items.some((item) => item.id === key)) throw new AppError("NOT_FOUND", { message: "item not found" });
  await saveDraft(deck.id, { ...deck.draft, items: deck.draft.items.filter((item) => item.id !== key) }, now);
}

export type DeckMeta = {
  title: string;
  description?: string;
  language: string;
  sections: DeckDraft["front"]["sections"];
};

/** Title, description, language and sections; a section that still has items cannot be removed. */
export async function saveDraftMeta(
  actor: Actor | null,
  slug: string,
  meta: DeckMeta,
  now: Date,
): Promise<{ ok: true } | { ok: false; errors: FieldError[] }> {
  const deck = await loadEditableDeck(actor, slug);
  const ids = new Set(meta.sections.map((section) => section.id));
  const orphans = [...new Set(deck.draft.items.map((item) => item.section).filter((id) => !ids.has(id)))];
  if (orphans.length > 0)
    return {
      ok: false,
      errors: [{ path: "sections", message: `sections still holding items cannot be removed: ${orphans.join(", ")}` }],
    };
  if (ids.size !== meta.sections.length)
    return { ok: false, errors: [{ path: "sections", message: "section ids must be unique" }] };
  const { description, ...rest } = meta;
  const front = { ...deck.draft.front, ...rest, ...(description ? { description } : {}) };
  if (!description) delete front.description;
  await saveDraft(deck.id, { ...deck.draft, front }, now);
  return { ok: true };
}
