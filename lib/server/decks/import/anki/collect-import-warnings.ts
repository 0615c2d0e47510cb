import "server-only";
// One warning per kind of thing an Anki import leaves out, not one per note: a deck of 500 audio
// cards should say "500 media files were not imported", not repeat it 500 times.
import type { DeckError } from "@/lib/core/content/deck-error";

export type ImportNotices = {
  /** Note type name → how many notes were skipped and the line of the first. */
  skippedTypes: Map<string, { count: number; line: number }>;
  media: Set<string>;
  droppedTags: Set<string>;
};

const LISTED = 10;

export function collectImportWarnings(notices: ImportNotices, file: string): DeckError[] {
  const warnings: DeckError[] = [];
  for (const [name, { count, line }] of notices.skippedTypes) {
    warnings.push({
      file,
      line,
      column: 1,
      message: `skipped ${count} note${count === 1 ? "" : "s"} of note type ${JSON.stringify(name)}: only Basic, Basic (and reversed card) and Cloze note types can be imported`,
    });
  }
  if (notices.media.size > 0) {
    warnings.push({
      file,
      line: 1,
      column: 1,
      message: `${notices.media.size} media file${notices.media.size === 1 ? " was" : "s were"} not imported (media import is not supported; the cards show [audio: …] / [image: …] instead): ${list(notices.media)}`,
    });
  }
  if (notices.droppedTags.size > 0) {
    warnings.push({
      file,
      line: 1,
      column: 1,
      message: `dropped ${notices.droppedTags.size} Anki tag${notices.droppedTags.size === 1 ? "" : "s"} that are not valid tags here (1–40 letters, digits, . _ or -): ${list(notices.droppedTags)}`,
    });
  }
  return warnings;
}

function list(names: Set<string>): string {
  const shown = [...names].slice(0, LISTED).join(", ");
  return names.size > LISTED ? `${shown} and ${names.size - LISTED} more` : shown;
}
