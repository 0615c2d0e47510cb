// Limits of a CSV/TSV import, enforced while csv-parse reads the file (read-csv-table.ts), so a
// 400,000-row or 1,000-column upload is refused after a bounded amount of work and memory.
import { MAX_ITEMS } from "../content/deck-limits";

export type CsvLimits = { maxRows: number; maxColumns: number; maxCellChars: number };

export const CSV_LIMITS: CsvLimits = {
  // One header row plus a deck's worth of items.
  maxRows: MAX_ITEMS + 1,
  // Anki exports a handful of fields; a mapping screen with hundreds of columns is unusable anyway.
  maxColumns: 64,
  // A card side of 64 Ki characters is already far beyond a flashcard.
  maxCellChars: 64 * 1024,
};
