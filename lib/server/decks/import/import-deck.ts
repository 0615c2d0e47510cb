import "server-only";
// Import with preview and commit (the API: /api/v1/openapi.json, lib/server/http/openapi-document.ts): the same call previews (nothing written) or
// commits (everything in one transaction, or nothing). Items are matched by id, so importing the
// same file again updates in place and learners keep their progress.
import type { Prisma } from "@/generated/prisma/client";
import { planImport, type ImportPlan } from "@/lib/core/import/plan-import";
import { draftOf } from "@/lib/core/editor/deck-draft";
import { DECK_SLUG_PATTERN } from "@/lib/core/content/slug-patterns";
import type { DeckError } from "@/lib/core/content";
import { assertRole, hasRole, type Actor } from "../../auth/current-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { SYNC_TRANSACTION_OPTIONS, syncDeckWith } from "../sync-deck";
import { parseImport, type ImportSource } from "./parse-import";

export type ImportOutcome =
  | {
      ok: true;
      slug: string;
      isNewDeck: boolean;
      committed: boolean;
      version: number | null;
      plan: ImportPlan;
      reset: string[];
      warnings: DeckError[];
    }
  | { ok: false; slug: string; errors: DeckError[]; warnings: DeckError[] };

export type ImportOptions = { commit: boolean; majorKeys?: string[]; now?: Date };

export async function importDeck(
  actor: Actor | null,
  slug: string,
  source: ImportSource,
  options: ImportOptions,
): Promise<ImportOutcome> {
  assertRole(actor, "instructor");
  if (!DECK_SLUG_PATTERN.test(slug))
    throw new AppError("INVALID_INPUT", { message: "a deck slug is 3–64 characters of a-z, 0-9 and -" });
  const deck = await loadTarget(actor, slug);
  const parsed = await parseImport(source, {
    slug,
    title: deck?.title,
    description: deck?.description,
    language: deck?.language,
  });
  if (!parsed.ok) return { ok: false, slug, errors: parsed.errors, warnings: parsed.warnings };
  const existing = (deck?.items ?? []).map((item) => ({
    key: item.key,
    contentHash: item.contentHash,
    retired: item.retiredAt !== null,
  }));
  const plan = planImport(existing, parsed.deck.items);
  const base = { ok: true as const, slug, isNewDeck: !deck, plan, warnings: parsed.warnings };
  if (!options.commit) return { ...base, committed: false, version: null, reset: [] };
  const now = options.now ?? new Date();
  const draft = draftOf(parsed.deck);
  const summary = await db.$transaction(async (tx) => {
    // The ownership check again, inside the transaction that writes: the deck may have been created
    // or handed to someone else since the preview read it.
    const current = await tx.deck.findUnique({ where: { slug }, select: { ownerId: true } });
    if (current) assertMayImportInto(actor, slug, current.ownerId);
    else if (deck) throw new AppError("NOT_FOUND", { message: "deck not found" });
    const result = await syncDeckWith(
      tx,
      parsed.deck,
      { origin: "import", ownerId: deck?.ownerId ?? actor.id, sourceFiles: parsed.files, majorKeys: options.majorKeys },
      now,
    );
    // The editor continues from what was imported.
    await tx.deck.update({
      where: { slug },
      data: { draft: draft as unknown as Prisma.InputJsonValue, draftUpdatedAt: now },
    });
    return result;
  }, SYNC_TRANSACTION_OPTIONS);
  return { ...base, committed: true, version: summary.version, reset: summary.reset };
}

/** The deck to import into, when it exists and the actor may change it; built-in decks are changed in content/ only. */
async function loadTarget(actor: Actor, slug: string) {
  const deck = await db.deck.findUnique({
    where: { slug },
    select: {
      ownerId: true,
      title: true,
      description: true,
      language: true,
      items: { select: { key: true, contentHash: true, retiredAt: true } },
    },
  });
  if (!deck) return null;
  assertMayImportInto(actor, slug, deck.ownerId);
  return deck;
}

function assertMayImportInto(actor: Actor, slug: string, ownerId: string | null): void {
  if (ownerId === null)
    throw new AppError("CONFLICT", { message: `"${slug}" is a built-in deck; import into a deck of your own` });
  if (ownerId !== actor.id && !hasRole(actor, "admin")) throw new AppError("NOT_FOUND", { message: "deck not found" });
}
