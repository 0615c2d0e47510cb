import "server-only";
// The instructor decks an actor may change: their own, or any instructor deck for an admin. Built-in
// decks are changed in content/ and are never editable here. Everything in lib/server/editor goes
// through loadEditableDeck, so this is the one permission check of the editor.
import type { Prisma } from "@/generated/prisma/client";
import { DECK_SLUG_PATTERN } from "@/lib/core/content/slug-patterns";
import { emptyDraft, readDeckDraft, type DeckDraft } from "@/lib/core/editor/deck-draft";
import { assertRole, hasRole, type Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";

export type EditableDeck = {
  id: string;
  slug: string;
  title: string;
  description: string | null;
  language: string;
  sections: unknown;
  ownerId: string;
  isPublished: boolean;
  visibility: string;
  publishedVersion: number;
  draft: DeckDraft;
  draftUpdatedAt: Date | null;
};

export async function loadEditableDeck(actor: Actor | null, slug: string): Promise<EditableDeck> {
  assertRole(actor, "instructor");
  const deck = DECK_SLUG_PATTERN.test(slug)
    ? await db.deck.findUnique({
        where: { slug },
        select: {
          id: true,
          slug: true,
          title: true,
          description: true,
          sections: true,
          ownerId: true,
          isPublished: true,
          visibility: true,
          publishedVersion: true,
          draft: true,
          draftUpdatedAt: true,
          language: true,
        },
      })
    : null;
  if (!deck || deck.ownerId === null || (deck.ownerId !== actor.id && !hasRole(actor, "admin")))
    throw new AppError("NOT_FOUND", { message: "deck not found" });
  const draft = readDeckDraft(deck.draft) ?? emptyDraft(deck.slug, deck.title, deck.language, deck.title);
  return { ...deck, ownerId: deck.ownerId, draft };
}

export async function saveDraft(deckId: string, draft: DeckDraft, now: Date): Promise<void> {
  await db.deck.update({
    where: { id: deckId },
    data: { draft: draft as unknown as Prisma.InputJsonValue, draftUpdatedAt: now },
  });
}

export type MyDeck = {
  slug: string;
  title: string;
  isPublished: boolean;
  publishedVersion: number;
  draftUpdatedAt: Date | null;
  updatedAt: Date;
  items: number;
  owner: string | null;
};

/** The instructor's own decks; an admin sees every instructor deck. */
export async function listEditableDecks(actor: Actor | null): Promise<MyDeck[]> {
  assertRole(actor, "instructor");
  const isAdmin: boolean = hasRole(actor, "admin");
  const decks = await db.deck.findMany({
    where: isAdmin ? { ownerId: { not: null } } : { ownerId: actor.id },
    orderBy: { updatedAt: "desc" },
    select: {
      slug: true,
      title: true,
      isPublished: true,
      publishedVersion: true,
      draftUpdatedAt: true,
      updatedAt: true,
      owner: { select: { email: true } },
      _count: { select: { items: { where: { retiredAt: null } } } },
    },
  });
  return decks.map((d) => ({
    slug: d.slug,
    title: d.title,
    isPublished: d.isPublished,
    publishedVersion: d.publishedVersion,
    draftUpdatedAt: d.draftUpdatedAt,
    updatedAt: d.updatedAt,
    items: d._count.items,
    owner: d.owner?.email ?? null,
  }));
}

/** A new, unpublished deck owned by the actor, with one section and no items. */
export async function createDeck(
  actor: Actor | null,
  input: { slug: string; title: string; language: string; sectionTitle: string },
): Promise<string> {
  assertRole(actor, "instructor");
  if (await db.deck.findUnique({ where: { slug: input.slug }, select: { id: true } })) {
    throw new AppError("CONFLICT", { message: "slug taken", details: { field: "slug" } });
  }
  const draft = emptyDraft(input.slug, input.title, input.language, input.sectionTitle);
  await db.deck.create({
    data: {
      slug: input.slug,
      title: input.title,
      language: input.language,
      origin: "editor",
      ownerId: actor.id,
      isPublished: false,
      kubernetesVersion: draft.front.kubernetesVersion,
      sections: draft.front.sections,
      draft: draft as unknown as Prisma.InputJsonValue,
      draftUpdatedAt: new Date(),
    },
  });
  return input.slug;
}
