// CSV/TSV (and Anki's plain-text export) → basic items, with every error at the file:line:column
// of the cell the instructor has to fix. Pure: the caller reads the upload.
import { fnv1a64 } from "../content/content-hash";
import type { DeckError } from "../content/deck-error";
import { MAX_ERRORS, MAX_ITEMS } from "../content/deck-limits";
import type { DeckItemInput } from "../content/deck-schema";
import { ITEM_ID_PATTERN } from "../content/slug-patterns";
import { buildCsvFront, createSectionRegistry, type SectionRegistry } from "./csv-sections";
import type { ImportOrigin, ImportResult } from "./imported-deck";
import type { CsvDelimiter } from "./read-anki-text-headers";
import { readCsvTable, type CsvCell, type CsvRecord } from "./read-csv-table";
import { checkTag } from "./check-tag";
import { columnsFromHeader, mergeHeaderColumns } from "./csv-header-columns";

export type { CsvDelimiter } from "./read-anki-text-headers";

/** Which 0-based column holds what; chosen by the instructor after seeing previewCsv. */
export type CsvMapping = {
  delimiter: "auto" | CsvDelimiter;
  hasHeader: boolean;
  /** With a header row (or Anki `#columns:`) that names front and back, columns are found by name; default true. */
  byHeader?: boolean;
  front: number;
  back: number;
  tags?: number;
  id?: number;
  section?: number;
};
export type CsvPreview = {
  delimiter: CsvDelimiter;
  /** Column names from an Anki `#columns:` header; a header row of the CSV itself is in `rows`. */
  header: string[] | null;
  rows: string[][];
  columnCount: number;
  /** The first problem, when the file is malformed (rows before it are still shown). */
  error: { line: number; column: number; message: string } | null;
};
export type ParseCsvDeckOptions = { fileName: string; mapping: CsvMapping; title?: string; language?: string };

const PREVIEW_ROWS = 5;

/** The first rows of a CSV file, so that the instructor can map its columns. */
export function previewCsv(text: string, delimiter: CsvMapping["delimiter"] = "auto"): CsvPreview {
  const table = readCsvTable(text, delimiter, "");
  const rows = table.records.slice(0, PREVIEW_ROWS).map((record) => record.cells.map((cell) => cell.value));
  const first = table.errors[0];
  return {
    delimiter: table.delimiter,
    header: table.columnNames,
    rows,
    columnCount: Math.max(0, table.columnNames?.length ?? 0, ...rows.map((row) => row.length)),
    error: first ? { line: first.line, column: first.column, message: first.message } : null,
  };
}

type Columns = { front: number; back: number; tags?: number; id?: number; section?: number };
type RowContext = {
  file: string;
  columns: Columns;
  width: number;
  ids: Map<string, number>;
  sections: SectionRegistry;
  extraTags: string[];
  errors: DeckError[];
};

/**
 * Reads a CSV into basic items. Without an id column an item's id is `csv-` + a hash of its front,
 * so importing the same file again updates the items instead of adding copies.
 */
export function parseCsvDeck(text: string, options: ParseCsvDeckOptions): ImportResult {
  const { fileName: file, mapping } = options;
  const table = readCsvTable(text, mapping.delimiter, file);
  if (table.errors.length > 0) return { ok: false, errors: table.errors };
  const first = table.records[0];
  const rows = mapping.hasHeader ? table.records.slice(1) : table.records;
  if (!first || rows.length === 0)
    return { ok: false, errors: [{ file, line: 1, column: 1, message: "the file has no rows to import" }] };
  const { front: frontColumn, back, id, section } = mapping;
  const positional: Columns = { front: frontColumn, back, tags: mapping.tags ?? table.tagsColumn, id, section };
  const header =
    mapping.byHeader === false
      ? null
      : (table.columnNames ?? (mapping.hasHeader ? first.cells.map((cell) => cell.value) : null));
  const columns = mergeHeaderColumns(positional, header ? columnsFromHeader(header) : null);
  const columnErrors = checkColumns(columns, first, file);
  if (columnErrors.length > 0) return { ok: false, errors: columnErrors };
  const ctx: RowContext = {
    file,
    columns,
    width: first.cells.length,
    ids: new Map(),
    sections: createSectionRegistry(options.title?.trim() || file || "CSV", file || "CSV"),
    extraTags: table.tags,
    errors: [],
  };
  if (rows.length > MAX_ITEMS)
    ctx.errors.push({
      file,
      line: rows[MAX_ITEMS].line,
      column: 1,
      message: `too many rows: a deck may hold at most ${MAX_ITEMS} items`,
    });
  const items: DeckItemInput[] = [];
  const origins: ImportOrigin[] = [];
  for (const row of rows.slice(0, MAX_ITEMS)) {
    const item = readRow(row, ctx);
    if (item) {
      items.push(item);
      origins.push({ file, line: row.line, column: 1 });
    }
  }
  if (ctx.errors.length > 0) return { ok: false, errors: sortAndCap(ctx.errors) };
  const front = buildCsvFront(file, options, ctx.sections.sections);
  return { ok: true, deck: { front, items, origins, warnings: [] } };
}

function checkColumns(columns: Columns, first: CsvRecord, file: string): DeckError[] {
  const width = first.cells.length;
  return Object.entries(columns).flatMap(([name, index]) =>
    index === undefined || (Number.isInteger(index) && index >= 0 && index < width)
      ? []
      : [
          {
            file,
            line: first.line,
            column: 1,
            message: `${name} is mapped to column ${Number(index) + 1}, but the first row has ${plural(width, "column")}`,
          },
        ],
  );
}

function readRow(row: CsvRecord, ctx: RowContext): DeckItemInput | null {
  const { columns, errors } = ctx;
  if (row.cells.length !== ctx.width) {
    const where = row.cells[ctx.width] ?? { line: row.line, column: 1 };
    errors.push({
      file: ctx.file,
      line: where.line,
      column: where.column,
      message: `row has ${plural(row.cells.length, "column")}; the first row has ${ctx.width}`,
    });
    return null;
  }
  const before = errors.length;
  const front = readText(row.cells[columns.front], "front", ctx);
  const back = readText(row.cells[columns.back], "back", ctx);
  const tags = readTags(columns.tags === undefined ? null : row.cells[columns.tags], ctx);
  const id = front === null ? null : readId(row, front, ctx);
  if (errors.length > before || front === null || back === null || id === null) return null;
  const sectionTitle = columns.section === undefined ? "" : row.cells[columns.section].value.trim();
  const section = ctx.sections.idFor(sectionTitle === "" ? null : sectionTitle);
  return { id, type: "basic", section, front, back, ...(tags.length > 0 ? { tags } : {}) };
}

function readText(cell: CsvCell, name: string, ctx: RowContext): string | null {
  if (cell.value.trim() !== "") return cell.value;
  ctx.errors.push({ file: ctx.file, line: cell.line, column: cell.column, message: `${name} is empty` });
  return null;
}

function readTags(cell: CsvCell | null, ctx: RowContext): string[] {
  const own = cell ? cell.value.split(/[\s,]+/).filter((tag) => tag !== "") : [];
  for (const tag of own) {
    const problem = checkTag(tag);
    if (problem && cell)
      ctx.errors.push({ file: ctx.file, line: cell.line, column: cell.column, message: `tag "${tag}" ${problem}` });
  }
  return [...new Set([...own, ...ctx.extraTags])];
}

/** The id column's value, or `csv-` + FNV-1a 64 of the front when the column is absent or blank. */
function readId(row: CsvRecord, front: string, ctx: RowContext): string | null {
  const idCell = ctx.columns.id === undefined ? null : row.cells[ctx.columns.id];
  const given = idCell?.value.trim() ?? "";
  const cell = given === "" ? row.cells[ctx.columns.front] : (idCell as CsvCell);
  const error = (message: string) => ctx.errors.push({ file: ctx.file, line: cell.line, column: cell.column, message });
  if (given !== "" && !ITEM_ID_PATTERN.test(given)) {
    error(`id "${given}" must be 3–80 characters of a-z, 0-9 and -`);
    return null;
  }
  const id = given || `csv-${fnv1a64(new TextEncoder().encode(front))}`;
  const firstLine = ctx.ids.get(id);
  if (firstLine !== undefined) {
    error(
      given
        ? `duplicate id "${id}"; line ${firstLine} already uses it`
        : `same front as line ${firstLine}; without an id column the front must be unique`,
    );
    return null;
  }
  ctx.ids.set(id, row.line);
  return id;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function sortAndCap(errors: DeckError[]): DeckError[] {
  const sorted = [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
  return sorted.length <= MAX_ERRORS
    ? sorted
    : [
        ...sorted.slice(0, MAX_ERRORS - 1),
        { ...sorted[MAX_ERRORS - 1], message: `too many errors; ${sorted.length - MAX_ERRORS + 1} more not shown` },
      ];
}
