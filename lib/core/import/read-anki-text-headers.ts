// Anki's plain-text export starts with `#key:value` lines (https://docs.ankiweb.net/importing/text-files.html#file-headers).
// They are read here so that an Anki export imports as it is; other leading `#` lines are comments.

export type CsvDelimiter = "," | "\t" | ";";

export type AnkiTextHeaders = {
  /** Offset of the first line after the header lines. */
  bodyOffset: number;
  separator?: CsvDelimiter;
  /** Tags Anki adds to every note (`#tags:`). */
  tags: string[];
  /** Column names (`#columns:`), still joined by the separator: it may be declared after them. */
  columnsLine?: { text: string };
  /** 0-based column of the tags (`#tags column:` is 1-based). */
  tagsColumn?: number;
  problems: { offset: number; message: string }[];
};

const SEPARATORS: Record<string, CsvDelimiter> = {
  comma: ",",
  ",": ",",
  tab: "\t",
  "\t": "\t",
  semicolon: ";",
  ";": ";",
};

/**
 * Reads the leading `#` lines of LF-normalised text. Headers Anki writes that do not apply to us
 * (`#html`, `#notetype`, `#deck`, their `column` forms, `#guid column`) are skipped.
 */
export function readAnkiTextHeaders(text: string): AnkiTextHeaders {
  const headers: AnkiTextHeaders = { bodyOffset: 0, tags: [], problems: [] };
  let offset = 0;
  while (offset < text.length && text[offset] === "#") {
    const end = text.indexOf("\n", offset);
    const lineEnd = end === -1 ? text.length : end;
    readHeaderLine(text.slice(offset, lineEnd), offset, headers);
    offset = end === -1 ? text.length : end + 1;
  }
  headers.bodyOffset = offset;
  return headers;
}

function readHeaderLine(line: string, offset: number, headers: AnkiTextHeaders): void {
  const colon = line.indexOf(":");
  if (colon === -1) return;
  const key = line.slice(1, colon).trim().toLowerCase();
  const value = line.slice(colon + 1);
  const valueOffset = offset + colon + 1;
  if (key === "separator") {
    const separator = SEPARATORS[value.trim().toLowerCase()] ?? SEPARATORS[value];
    if (separator) headers.separator = separator;
    else
      headers.problems.push({
        offset: valueOffset,
        message: `separator "${value.trim()}" is not supported; use comma, tab or semicolon`,
      });
  } else if (key === "tags") {
    headers.tags = value.split(/\s+/).filter((tag) => tag !== "");
  } else if (key === "columns") {
    headers.columnsLine = { text: value };
  } else if (key === "tags column") {
    const column = Number(value.trim());
    if (Number.isInteger(column) && column >= 1) headers.tagsColumn = column - 1;
    else
      headers.problems.push({
        offset: valueOffset,
        message: `tags column must be a column number from 1, not "${value.trim()}"`,
      });
  }
}
