import { errorAt, type DeckError, type Locate } from "./deck-error";
import { MAX_FILE_BYTES, MAX_LINES } from "./deck-limits";

/**
 * File-level checks that run before any parsing: size, BOM, line endings and control characters.
 * Any error here is fatal for the file, because the later stages assume clean LF-separated text.
 */
export function checkRawText(file: string, text: string, locate: Locate, maxBytes: number = MAX_FILE_BYTES): DeckError[] {
  const bytes = utf8ByteLength(text);
  if (bytes > maxBytes) {
    return [{ file, line: 1, column: 1, message: `file is ${bytes} bytes; the limit is ${maxBytes}` }];
  }
  if (text.length === 0 || text.trim() === "") return [{ file, line: 1, column: 1, message: "file is empty" }];
  const overflow = offsetOfLine(text, MAX_LINES + 1);
  if (overflow !== -1) return [{ file, line: MAX_LINES + 1, column: 1, message: `file has more than ${MAX_LINES} lines; the limit is ${MAX_LINES}` }];
  const errors: DeckError[] = [];
  if (text.charCodeAt(0) === 0xfeff) errors.push(errorAt(file, locate, 0, "file starts with a byte order mark (BOM); save it as UTF-8 without BOM"));
  const cr = text.indexOf("\r");
  if (cr !== -1) errors.push(errorAt(file, locate, cr, "CR or CRLF line ending; use LF line endings"));
  const control = findControlCharacter(text);
  if (control !== -1) {
    errors.push(errorAt(file, locate, control, `${describeCharacter(text.charCodeAt(control))} is not allowed`));
  }
  return errors;
}

/** Offset where 1-based line `line` starts, or -1 when the text is shorter; counts without splitting. */
function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) return -1;
    offset = next + 1;
  }
  return offset;
}

/**
 * Offset of the first C0/C1 control character other than tab, LF and CR (CR has its own message),
 * or of a lone surrogate, which cannot be encoded as UTF-8; -1 if none.
 */
function findControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || (c >= 0x80 && c <= 0x9f)) return i;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (c >= 0xdc00 && c <= 0xdfff) return i;
  }
  return -1;
}

function describeCharacter(code: number): string {
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  if (code === 0) return "NUL byte";
  return code >= 0xd800 && code <= 0xdfff ? `unpaired surrogate ${hex}` : `control character ${hex}`;
}

/** UTF-8 length of a string without allocating its encoding. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
