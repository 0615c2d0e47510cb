import type { DeckError } from "./deck-error";
import { MAX_FILE_BYTES } from "./deck-limits";

/** A deck file as read from disk or an upload; `path` is relative, e.g. `content/decks/x/deck.md`. */
export type DeckSourceFile = { path: string; text: string };

/**
 * Decodes a file's bytes as strict UTF-8. Invalid bytes are an error located at line:column (and
 * byte offset) rather than being replaced with U+FFFD; a BOM is kept so that the parser can report
 * it instead of it vanishing silently.
 */
export function decodeDeckFileBytes(path: string, bytes: Uint8Array, maxBytes: number = MAX_FILE_BYTES): DeckSourceFile | DeckError {
  if (bytes.length > maxBytes) {
    return { file: path, line: 1, column: 1, message: `file is ${bytes.length} bytes; the limit is ${maxBytes}` };
  }
  try {
    return { path, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return { file: path, ...bytePosition(bytes, offset), message: `invalid UTF-8 at byte ${offset}` };
  }
}

/** Line and column (in UTF-16 code units, like every other deck error) of a byte offset. */
function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}

/**
 * Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF). Returns bytes.length if all are valid.
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i];
  if (b0 < 0x80) return 1;
  // [lead byte range, allowed range of the second byte, total length] per RFC 3629 table 3-7
  let lo = 0x80;
  let hi = 0xbf;
  let length: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) length = 2;
  else if (b0 >= 0xe0 && b0 <= 0xef) {
    length = 3;
    if (b0 === 0xe0) lo = 0xa0;
    if (b0 === 0xed) hi = 0x9f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    length = 4;
    if (b0 === 0xf0) lo = 0x90;
    if (b0 === 0xf4) hi = 0x8f;
  } else return 0;
  if (i + length > bytes.length) return 0;
  const b1 = bytes[i + 1];
  if (b1 < lo || b1 > hi) return 0;
  for (let k = 2; k < length; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return 0;
  return length;
}
