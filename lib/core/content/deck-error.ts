import { LineCounter } from "yaml";

/** One problem in a deck file, located in the original file (1-based line and column). */
export type DeckError = { file: string; line: number; column: number; message: string };

/** A function from a character offset in a file to its 1-based line and column. */
export type Locate = (offset: number) => { line: number; column: number };

/** Formats an error the way compilers do, so editors can jump to it: `file:line:column: message`. */
export function formatDeckError(e: DeckError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}

/**
 * Builds an offset → line/column lookup for a whole file. Columns count UTF-16 code units, which
 * is what editors such as VS Code report for the Basic Multilingual Plane.
 */
export function createLocator(text: string): Locate {
  const counter = new LineCounter();
  counter.addNewLine(0);
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) counter.addNewLine(i + 1);
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const { line, col } = counter.linePos(clamped);
    return { line, column: col };
  };
}

/** Creates a DeckError at a character offset of `file`. */
export function errorAt(file: string, locate: Locate, offset: number, message: string): DeckError {
  return { file, ...locate(offset), message };
}
