// Reads deck folders from disk and parses them (docs/deck-format.md). No `import "server-only"`
// here, unlike the rest of lib/server: `npm run content:check` runs this under plain `tsx`, where
// that marker package throws, and the module only reads the public content folder.
import fs from "node:fs";
import path from "node:path";
import {
  decodeDeckFileBytes,
  defaultDeckOptions,
  MAX_FILE_BYTES,
  parseDeck,
  type DeckError,
  type DeckSourceFile,
  type ParseDeckResult,
} from "@/lib/core/content";

export const CONTENT_DECKS_ROOT = "content/decks";

/** A deck folder as read: its files (what a DeckVersion stores) and the parse result. */
export type ReadDeck = { folder: string; files: DeckSourceFile[]; result: ParseDeckResult };

/** The deck folders under `root` (one per deck, named after its slug), sorted by name. */
export function listContentDeckFolders(root: string = CONTENT_DECKS_ROOT): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, entry.name))
    .sort();
}

/**
 * Reads every file of a deck folder as bytes and parses the deck with the app's options.
 * Paths are relative to the working directory (the repo root), e.g.
 * `content/decks/kubernetes-workloads/10-pod.md`; folders outside it keep their absolute path.
 * Files in subfolders and non-Markdown files are passed on so that the parser reports them.
 */
export function readDeckFolder(folder: string): ReadDeck {
  const decoded: DeckSourceFile[] = [];
  const errors: DeckError[] = [];
  for (const file of listFiles(folder)) {
    const shown = displayPath(file);
    const read = readOne(file, shown);
    if ("text" in read) decoded.push(read);
    else errors.push(read);
  }
  // A file that cannot be decoded is not parsed at all; the rest could only add errors that
  // follow from its absence (a missing deck.md, sections without items), so those wait for a fix.
  if (errors.length > 0) return { folder, files: decoded, result: { ok: false, errors } };
  if (decoded.length === 0) {
    const error = { file: `${displayPath(folder)}/deck.md`, line: 1, column: 1, message: "the deck has no deck.md" };
    return { folder, files: [], result: { ok: false, errors: [error] } };
  }
  return { folder, files: decoded, result: parseDeck(decoded, defaultDeckOptions) };
}

/** Reads and parses every deck folder under `root`. */
export function readContentDecks(root: string = CONTENT_DECKS_ROOT): ReadDeck[] {
  return listContentDeckFolders(root).map(readDeckFolder);
}

function readOne(file: string, shown: string): DeckSourceFile | DeckError {
  // Only .md files are deck text; anything else is an error the parser reports by name.
  if (!file.endsWith(".md")) return { path: shown, text: "" };
  const size = fs.statSync(file).size;
  // Checked before reading so that a huge file is never loaded into memory.
  if (size > MAX_FILE_BYTES)
    return { file: shown, line: 1, column: 1, message: `file is ${size} bytes; the limit is ${MAX_FILE_BYTES}` };
  return decodeDeckFileBytes(shown, fs.readFileSync(file));
}

function listFiles(folder: string): string[] {
  return fs
    .readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  const shown = relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative;
  return shown.split(path.sep).join("/");
}
