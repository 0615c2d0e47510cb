import "server-only";
// Reads an Anki package (.apkg; .colpkg works the same) into the neutral ImportedDeck. Supports
// collection.anki21b (zstd, newer schema), collection.anki21 and collection.anki2 (legacy schema).
// Every problem with the package itself is one DeckError at line 1 of the uploaded file.
import type { ImportResult } from "@/lib/core/import/imported-deck";
import { MAX_ANKI_NOTES } from "@/lib/core/import/anki/anki-limits";
import { buildImportedDeck } from "./build-imported-deck";
import { extractAnkiCollection } from "./extract-anki-collection";
import { openAnkiCollection } from "./open-anki-collection";
import { countNotes, readAnkiCollection } from "./read-anki-collection";

export type ReadAnkiPackageOptions = { fileName: string; language?: string };

/** The deck in an Anki package, or why it cannot be imported. Never throws on bad input. */
export function readAnkiPackage(bytes: Uint8Array, options: ReadAnkiPackageOptions): ImportResult {
  const fail = (message: string): ImportResult => ({
    ok: false,
    errors: [{ file: options.fileName, line: 1, column: 1, message }],
  });
  const extracted = extractAnkiCollection(bytes);
  if (!extracted.ok) return fail(`${options.fileName} ${extracted.message}`);
  const newer = extracted.format === "anki21b";
  const name = `collection.${extracted.format}`;
  const opened = openAnkiCollection(extracted.bytes, newer);
  if (!opened.ok) return fail(`${name} in ${options.fileName} ${opened.message}`);
  try {
    const notes = countNotes(opened.db);
    if (notes > MAX_ANKI_NOTES)
      return fail(`${options.fileName} has ${notes} notes; at most ${MAX_ANKI_NOTES} can be imported into one deck`);
    const collection = readAnkiCollection(opened.db, newer);
    return buildImportedDeck(collection, options);
  } catch (error) {
    return fail(`${name} in ${options.fileName} could not be read as an Anki collection (${(error as Error).message})`);
  } finally {
    opened.db.close();
  }
}
