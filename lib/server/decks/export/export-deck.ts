import "server-only";
// Export of a deck as deck files (re-imports to identical items), CSV, or an Anki package. The
// published version is exported from the files it was published from, parsed again; `draft`
// exports what the editor holds now.
import { instructorDeckOptions, serializeDeck } from "@/lib/core/content";
import { draftOf, parseStoredDeckFiles, type DeckDraft } from "@/lib/core/editor/deck-draft";
import { toCsv } from "@/lib/core/export/to-csv";
import { assertRole, hasRole, type Actor } from "../../auth/current-user";
import { db } from "../../db";
import { AppError } from "../../errors";
import { writeAnkiPackage } from "./anki/write-anki-package";
import { loadEditableDeck } from "../../editor/editable-deck";

export type ExportFormat = "deck" | "csv" | "apkg";
export type ExportedFile = { fileName: string; contentType: string; body: Uint8Array | string };

export async function exportDeck(
  actor: Actor | null,
  slug: string,
  format: ExportFormat,
  source: "published" | "draft",
  now: Date,
): Promise<ExportedFile> {
  const deck = source === "draft" ? (await loadEditableDeck(actor, slug)).draft : await publishedDeck(actor, slug);
  const front = { ...deck.front, slug };
  if (format === "deck")
    return {
      fileName: `${slug}.deck.md`,
      contentType: "text/markdown; charset=utf-8",
      body: serializeDeck(front, deck.items).text,
    };
  if (format === "csv") {
    const titles = new Map(front.sections.map((section) => [section.id, section.title]));
    return { fileName: `${slug}.csv`, contentType: "text/csv; charset=utf-8", body: toCsv(deck.items, titles) };
  }
  return {
    fileName: `${slug}.apkg`,
    contentType: "application/vnd.anki",
    body: writeAnkiPackage({ title: front.title, sections: front.sections, items: deck.items }, now),
  };
}

/**
 * The latest published version. Built-in decks may be exported by any instructor (their content is
 * in the repository anyway); instructor decks by their owner and admins.
 */
async function publishedDeck(actor: Actor | null, slug: string): Promise<DeckDraft> {
  assertRole(actor, "instructor");
  const deck = await db.deck.findUnique({
    where: { slug },
    select: { ownerId: true, versions: { orderBy: { version: "desc" }, take: 1, select: { source: true } } },
  });
  const mayRead = deck && (deck.ownerId === null || deck.ownerId === actor.id || hasRole(actor, "admin"));
  if (!deck || !mayRead) throw new AppError("NOT_FOUND", { message: "deck not found" });
  const [latest] = deck.versions;
  if (!latest) throw new AppError("NOT_FOUND", { message: "the deck has not been published yet; export the draft" });
  const parsed = parseStoredDeckFiles(latest.source, { ...instructorDeckOptions, slug });
  if (!parsed.ok) throw new Error(`published version of ${slug} no longer parses: ${parsed.errors[0]?.message}`);
  return draftOf(parsed.deck);
}
