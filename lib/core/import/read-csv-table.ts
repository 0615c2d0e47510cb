// CSV text → records whose cells know their line and column in the uploaded file, so that every
// import error can point at the cell. csv-parse does the parsing; positions come from each
// record's raw text, which csv-parse hands back exactly as it consumed it.
import { parse, type CsvError } from "csv-parse/sync";
import { createLocator, type DeckError } from "../content/deck-error";
import { CSV_LIMITS, type CsvLimits } from "./csv-limits";
import { readAnkiTextHeaders, type CsvDelimiter } from "./read-anki-text-headers";

export type CsvCell = { value: string; line: number; column: number };
export type CsvRecord = { line: number; cells: CsvCell[] };
export type CsvTable = {
  delimiter: CsvDelimiter;
  /** Column names from an Anki `#columns:` header, else null. */
  columnNames: string[] | null;
  /** Tags for every row (Anki `#tags:`) and the tags column (`#tags column:`), when given. */
  tags: string[];
  tagsColumn?: number;
  /** Records read before the first error (all of them when there is none); blank rows are left out. */
  records: CsvRecord[];
  errors: DeckError[];
  /** Reading stopped at a size limit: the records are only those before it. */
  limitExceeded?: boolean;
};

/** Thrown from inside csv-parse's record callback to stop reading at once. */
class CsvLimitError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a CSV/TSV file. `delimiter: "auto"` takes Anki's `#separator:` header, else guesses from
 * the first row. A BOM is dropped and CRLF/CR line ends become LF, also inside quoted cells.
 */
export function readCsvTable(
  input: string,
  delimiter: CsvDelimiter | "auto",
  file: string,
  limits: CsvLimits = CSV_LIMITS,
): CsvTable {
  const text = input.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
  const locate = createLocator(text);
  const at: At = (offset, message) => ({ file, ...locate(offset), message });
  const headers = readAnkiTextHeaders(text);
  const body = text.slice(headers.bodyOffset);
  const chosen = delimiter === "auto" ? (headers.separator ?? guessDelimiter(body)) : delimiter;
  const table: CsvTable = {
    delimiter: chosen,
    columnNames: headers.columnsLine ? headers.columnsLine.text.split(chosen) : null,
    tags: headers.tags,
    ...(headers.tagsColumn === undefined ? {} : { tagsColumn: headers.tagsColumn }),
    records: [],
    errors: headers.problems.map((p) => at(p.offset, p.message)),
  };
  let consumed = headers.bodyOffset;
  const toRecord = (raw: string): CsvRecord => {
    const cells = scanRecord(raw, chosen).starts.map((start) => ({ value: "", ...locate(consumed + start) }));
    return { line: cells[0].line, cells };
  };
  let rowsSeen = 0;
  try {
    parse(body, {
      delimiter: chosen,
      bom: true,
      raw: true,
      skip_empty_lines: true,
      // One record (and so one cell) can never grow past this while csv-parse reads it.
      max_record_size: limits.maxCellChars * 2,
      // Rows of the wrong length are reported by the caller, every one of them, not only the first.
      relax_column_count: true,
      on_record: (data: unknown) => {
        const { record, raw } = data as { record: string[]; raw: string };
        // Limits are checked per record as csv-parse reads it, before the record's cells are
        // kept: a hostile file stops here instead of being built into a table that fills the heap.
        rowsSeen += 1;
        if (rowsSeen > limits.maxRows)
          throw new CsvLimitError(
            consumed,
            `too many rows: a CSV import may hold at most ${limits.maxRows} rows (a deck holds at most ${limits.maxRows - 1} items)`,
          );
        if (record.length > limits.maxColumns)
          throw new CsvLimitError(
            consumed,
            `too many columns (${record.length}): a CSV import may have at most ${limits.maxColumns}`,
          );
        const longCell = record.findIndex((value) => value.length > limits.maxCellChars);
        if (longCell >= 0)
          throw new CsvLimitError(consumed, `cell ${longCell + 1} is longer than ${limits.maxCellChars} characters`);
        const parsed = toRecord(raw);
        parsed.cells.forEach((cell, i) => (cell.value = record[i] ?? ""));
        // A row of empty cells (spreadsheets write ",,,") is a blank line, not a card.
        if (record.some((value) => value.trim() !== "")) table.records.push(parsed);
        consumed += raw.length;
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvLimitError) {
      table.errors.push(at(error.offset, error.message));
      table.limitExceeded = true;
      return table;
    }
    const csvError = error as CsvError & { raw?: string };
    if (csvError.code === "CSV_MAX_RECORD_SIZE") {
      table.errors.push(at(consumed, `a row is longer than ${limits.maxCellChars * 2} characters`));
      table.limitExceeded = true;
      return table;
    }
    if (typeof csvError.code !== "string") throw error;
    table.errors.push(locateCsvError(csvError, chosen, consumed, at));
  }
  return table;
}

type At = (offset: number, message: string) => DeckError;

function locateCsvError(error: CsvError & { raw?: string }, delimiter: string, recordStart: number, at: At): DeckError {
  const raw = error.raw ?? "";
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    const open = scanRecord(raw, delimiter).openQuote ?? 0;
    return at(recordStart + open, 'quoted field opened here is never closed (a closing " is missing)');
  }
  // Opening-quote errors have just read the stray quote; the others stop at the offending character.
  const back = error.code === "INVALID_OPENING_QUOTE" ? 1 : 0;
  return at(recordStart + Math.max(raw.length - back, 0), error.message);
}

/**
 * Scans one record's raw text: where each cell starts (after the blank lines csv-parse skipped)
 * and, when the text ends inside quotes, where that quote opened.
 */
function scanRecord(raw: string, delimiter: string): { starts: number[]; openQuote: number | null } {
  let i = 0;
  while (raw[i] === "\n") i++;
  const starts = [i];
  let openQuote: number | null = null;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (openQuote !== null) {
      if (c === '"' && raw[i + 1] === '"') i++;
      else if (c === '"') openQuote = null;
    } else if (c === '"' && i === starts[starts.length - 1]) openQuote = i;
    else if (c === delimiter) starts.push(i + 1);
    else if (c === "\n") break;
  }
  return { starts, openQuote };
}

/** The most frequent of tab, semicolon and comma in the first non-empty line; ties go in that order. */
export function guessDelimiter(body: string): CsvDelimiter {
  const line = body.split("\n").find((l) => l.trim() !== "") ?? "";
  let best: CsvDelimiter = ",";
  let bestCount = 0;
  for (const candidate of ["\t", ";", ","] as const) {
    const count = line.split(candidate).length - 1;
    if (count > bestCount) [best, bestCount] = [candidate, count];
  }
  return best;
}
