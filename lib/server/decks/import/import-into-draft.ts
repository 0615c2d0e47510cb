import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { mergeIntoDraft, type DraftImportPlan } from "@/lib/core/import/merge-into-draft";
import type { DeckError } from "@/lib/core/content";
import type { Actor } from "../../auth/current-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { loadEditableDeck } from "../../editor/editable-deck";
import { parseImport, type ImportSource } from "./parse-import";

export type DraftImportOutcome =
  | { ok: true; slug: string; into: "draft"; committed: boolean; plan: DraftImportPlan; warnings: DeckError[] }
  | { ok: false; slug: string; errors: DeckError[]; warnings: DeckError[] };

/**
 * The import page's import: preview, or write into the draft (add and update by id; remove only the
 * ids in `remove`, which must be items the file does not have). Nothing is published. The draft is
 * written with a compare-and-set on the draft's last change and its owner, so an edit or an ownership
 * change between preview and commit makes the commit fail instead of overwriting it.
 */
export async function importIntoDraft(
  actor: Actor | null,
  slug: string,
  source: ImportSource,
  options: { commit: boolean; remove: string[]; now?: Date },
): Promise<DraftImportOutcome> {
  const deck = await loadEditableDeck(actor, slug);
  const parsed = await parseImport(source, {
    slug,
    title: deck.draft.front.title,
    description: deck.draft.front.description ?? null,
    language: deck.draft.front.language,
  });
  if (!parsed.ok) return { ok: false, slug, errors: parsed.errors, warnings: parsed.warnings };
  const { draft, plan } = mergeIntoDraft(
    deck.draft,
    { items: parsed.deck.items, sections: parsed.deck.sections },
    options.remove,
  );
  const unknown = options.remove.filter((id) => !plan.missing.some((m) => m.id === id));
  if (unknown.length > 0)
    throw new AppError("INVALID_INPUT", {
      message: `only items missing from the file can be removed: ${unknown.slice(0, 5).join(", ")}`,
    });
  if (!options.commit) return { ok: true, slug, into: "draft", committed: false, plan, warnings: parsed.warnings };
  const now = options.now ?? new Date();
  const written = await db.deck.updateMany({
    where: { id: deck.id, ownerId: deck.ownerId, draftUpdatedAt: deck.draftUpdatedAt },
    data: { draft: draft as unknown as Prisma.InputJsonValue, draftUpdatedAt: now },
  });
  if (written.count !== 1)
    throw new AppError("CONFLICT", { message: "the draft changed since the preview; preview again" });
  return { ok: true, slug, into: "draft", committed: true, plan, warnings: parsed.warnings };
}
