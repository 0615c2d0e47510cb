import "server-only";
// Publishing a draft: it is written out as a deck.md and parsed by the same parser as every deck,
// then synced in place (item ids kept, so learners keep their progress unless a change is marked major).
import { instructorDeckOptions, type DeckSourceFile, type ParsedDeck } from "@/lib/core/content";
import { sameJson } from "@/lib/core/json/same-json";
import { parseGeneratedDeck } from "@/lib/core/editor/deck-draft";
import { planImport, type ImportPlan } from "@/lib/core/import/plan-import";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { syncDeck } from "../decks/sync-deck";
import { loadEditableDeck, type EditableDeck } from "./editable-deck";

export type DraftProblem = { itemKey: string | null; line: number; column: number; message: string };
export type PublishPlan = { ok: true; plan: ImportPlan; hasChanges: boolean } | { ok: false; problems: DraftProblem[] };

/** What publishing would do now, or every problem that stops it, by item. */
export async function planPublish(actor: Actor | null, slug: string): Promise<PublishPlan> {
  const deck = await loadEditableDeck(actor, slug);
  const built = buildDraft(deck);
  if (!built.ok) return built;
  const rows = await db.item.findMany({
    where: { deckId: deck.id },
    select: { key: true, contentHash: true, retiredAt: true },
  });
  const plan = planImport(
    rows.map((r) => ({ key: r.key, contentHash: r.contentHash, retired: r.retiredAt !== null })),
    built.deck.items,
  );
  const hasChanges =
    !deck.isPublished || plan.added.length + plan.changed.length + plan.removed.length > 0 || built.metaChanged;
  return { ok: true, plan, hasChanges };
}

/** Publishes the draft as the next version; `majorKeys` are changed items whose learners start over. */
export async function publishDraft(actor: Actor | null, slug: string, majorKeys: string[]) {
  const deck = await loadEditableDeck(actor, slug);
  const built = buildDraft(deck);
  if (!built.ok)
    throw new AppError("UNPROCESSABLE", { message: "the draft has errors", details: { problems: built.problems } });
  return syncDeck(built.deck, { origin: "editor", ownerId: deck.ownerId, sourceFiles: built.files, majorKeys });
}

type BuiltDraft =
  | { ok: true; deck: ParsedDeck; files: DeckSourceFile[]; metaChanged: boolean }
  | { ok: false; problems: DraftProblem[] };

function buildDraft(deck: EditableDeck): BuiltDraft {
  const front = { ...deck.draft.front, slug: deck.slug };
  const result = parseGeneratedDeck(front, deck.draft.items, { ...instructorDeckOptions, slug: deck.slug });
  if (result.ok) return { ok: true, deck: result.deck, files: result.files, metaChanged: isMetaChanged(deck) };
  const problems = result.errors.map((error): DraftProblem => ({
    itemKey: error.itemIndex === null ? null : deck.draft.items[error.itemIndex].id,
    line: error.line,
    column: error.column,
    message: error.message,
  }));
  return { ok: false, problems };
}

/** Deck settings saved in the draft but not yet published (an item-less change must still be publishable). */
function isMetaChanged(deck: EditableDeck): boolean {
  const { front } = deck.draft;
  return (
    front.title !== deck.title ||
    (front.description ?? null) !== deck.description ||
    front.language !== deck.language ||
    !sameJson(front.sections, deck.sections)
  );
}
