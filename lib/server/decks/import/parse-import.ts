import "server-only";
// Turns an upload (deck files, CSV or an Anki package) into a parsed deck through the one parser
// every deck goes through, with errors located in the uploaded file.
import {
  instructorDeckOptions,
  MAX_GENERATED_FILE_BYTES,
  parseDeck,
  type DeckError,
  type DeckSourceFile,
  type ParsedDeck,
} from "@/lib/core/content";
import { parseGeneratedDeck } from "@/lib/core/editor/deck-draft";
import { parseCsvDeck, type CsvMapping } from "@/lib/core/import/csv-deck";
import type { ImportedDeck, ImportResult } from "@/lib/core/import/imported-deck";
import { readAnkiPackage } from "./anki/read-anki-package";

export type ImportSource =
  | { format: "deck"; files: DeckSourceFile[] }
  | { format: "csv"; fileName: string; text: string; mapping: CsvMapping }
  | { format: "apkg"; fileName: string; bytes: Uint8Array };

/** What the target deck already says about itself: an import into it keeps its name. */
export type ImportTarget = { slug: string; title?: string; description?: string | null; language?: string };

/** `files` are what a DeckVersion stores and an export gives back: the uploaded deck files, or the deck.md made from a CSV/package. */
export type ParsedImport =
  | { ok: true; deck: ParsedDeck; files: DeckSourceFile[]; warnings: DeckError[] }
  | { ok: false; errors: DeckError[]; warnings: DeckError[] };

export async function parseImport(source: ImportSource, target: ImportTarget): Promise<ParsedImport> {
  if (source.format === "deck") {
    const result = parseDeck(source.files, {
      ...instructorDeckOptions,
      slug: target.slug,
      maxFileBytes: MAX_GENERATED_FILE_BYTES,
    });
    return result.ok
      ? { ok: true, deck: result.deck, files: source.files, warnings: [] }
      : { ok: false, errors: result.errors, warnings: [] };
  }
  const imported: ImportResult =
    source.format === "csv"
      ? parseCsvDeck(source.text, {
          fileName: source.fileName,
          mapping: source.mapping,
          title: target.title,
          language: target.language,
        })
      : await readAnkiPackage(source.bytes, { fileName: source.fileName, language: target.language });
  if (!imported.ok) return { ok: false, errors: imported.errors, warnings: [] };
  return parseImported(imported.deck, target, source.fileName);
}

/** Serialises an imported deck to deck.md and parses it; errors in that generated text point back at the uploaded rows or notes. */
function parseImported(imported: ImportedDeck, target: ImportTarget, fileName: string): ParsedImport {
  const front = {
    ...imported.front,
    slug: target.slug,
    title: target.title ?? imported.front.title,
    ...(target.description ? { description: target.description } : {}),
    language: target.language ?? imported.front.language,
  };
  const result = parseGeneratedDeck(front, imported.items, { ...instructorDeckOptions, slug: target.slug });
  if (result.ok) return { ok: true, deck: result.deck, files: result.files, warnings: imported.warnings };
  const errors = result.errors.map((error): DeckError => {
    const origin =
      error.itemIndex === null ? { file: fileName, line: 1, column: 1 } : imported.origins[error.itemIndex];
    return { ...origin, message: error.message };
  });
  return { ok: false, errors, warnings: imported.warnings };
}
