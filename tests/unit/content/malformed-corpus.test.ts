import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  decodeDeckFileBytes,
  formatDeckError,
  parseDeck,
  type DeckError,
  type DeckSourceFile,
} from "@/lib/core/content";
import { positionOf } from "../../fixtures/decks/deck-builders";

// Every fixture is loaded as this deck folder (see tests/fixtures/decks/malformed/README.md).
const DECK_DIR = "content/decks/malformed-deck";
const CORPUS = path.resolve(import.meta.dirname, "../../fixtures/decks/malformed");
const LOCATED = /^content\/decks\/malformed-deck\/[^:]+:\d+:\d+: \S/;

type Expected = { file: string; line: number; column: number; message: string };
type Case = { name: string; files: DeckSourceFile[]; errors: Expected[] };

const durations: { case: string; ms: number; errors: number }[] = [];
const CANARY = "__kubedrillCanary";
let prototypeKeys: string[] = [];

function loadCorpus(): Case[] {
  return readdirSync(CORPUS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = path.join(CORPUS, entry.name);
      const names = readdirSync(dir).filter((name) => name !== "expected.json");
      const files = names.map((name) => decodeOrThrow(`${DECK_DIR}/${name}`, readFileSync(path.join(dir, name))));
      const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { errors: Expected[] };
      return { name: entry.name, files, errors: expected.errors };
    });
}

function decodeOrThrow(filePath: string, bytes: Uint8Array): DeckSourceFile {
  const decoded = decodeDeckFileBytes(filePath, bytes);
  if ("text" in decoded) return decoded;
  throw new Error(formatDeckError(decoded));
}

/** Parses, times and returns the errors; fails the test if the deck was accepted. */
function reject(name: string, files: DeckSourceFile[]): DeckError[] {
  const start = performance.now();
  const result = parseDeck(files, { curated: true });
  durations.push({ case: name, ms: Math.round((performance.now() - start) * 10) / 10, errors: result.ok ? 0 : result.errors.length });
  expect(result.ok, `${name} was accepted`).toBe(false);
  return result.ok ? [] : result.errors;
}

function expectErrors(errors: DeckError[], expected: Expected[]): void {
  const formatted = errors.map(formatDeckError);
  for (const line of formatted) expect(line).toMatch(LOCATED);
  for (const e of expected) {
    const match = errors.find(
      (a) => a.file === `${DECK_DIR}/${e.file}` && a.line === e.line && a.column === e.column && a.message.includes(e.message),
    );
    expect(match, `expected ${e.file}:${e.line}:${e.column}: …${e.message}… among\n${formatted.join("\n")}`).toBeDefined();
  }
  expect(formatted).toHaveLength(expected.length);
}

beforeAll(() => {
  (globalThis as Record<string, unknown>)[CANARY] = "untouched";
  prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();
});

afterAll(() => {
  console.table(durations);
});

describe("malformed deck corpus (committed fixtures)", () => {
  const cases = loadCorpus();

  it("holds at least 60 fixtures", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  for (const testCase of cases) {
    it(`rejects ${testCase.name} with located errors`, () => {
      expectErrors(reject(testCase.name, testCase.files), testCase.errors);
    });
  }
});

// The valid deck every committed fixture is a one-defect variant of.
const BASE = readFileSync(path.resolve(CORPUS, "../valid/malformed-deck/deck.md"), "utf8");
const deckMd = (text: string): DeckSourceFile[] => [{ path: `${DECK_DIR}/deck.md`, text }];
const itemBlock = (id: string, extra = "") =>
  `\n\`\`\`yaml item\nid: ${id}\ntype: basic\nsection: basics\nfront: F\nback: B\n${extra}explanation: E\nsource:\n  notes: N\n\`\`\`\n`;

describe("malformed deck corpus (generated hostile input)", () => {
  it("the generated cases start from a valid deck", () => {
    expect(parseDeck(deckMd(BASE)).ok).toBe(true);
  });

  it("rejects a file over 256 KiB before parsing it", () => {
    const text = BASE + "\n" + "x".repeat(300 * 1024) + "\n";
    const errors = reject("generated: 300 KiB file", deckMd(text));
    expectErrors(errors, [{ file: "deck.md", line: 1, column: 1, message: "the limit is 262144" }]);
  });

  it("rejects 10,000-deep flow nesting at the 21st level without overflowing the stack", () => {
    const text = BASE + itemBlock("item-deep", `tags: ${"[".repeat(10_000)}${"]".repeat(10_000)}\n`);
    const at = positionOf(text, "tags: [");
    const errors = reject("generated: 10,000-deep [[[", deckMd(text));
    expectErrors(errors, [{ file: "deck.md", line: at.line, column: at.column + 6 + 19, message: "deeper than the limit of 20" }]);
  });

  it("rejects 10,000-deep compact block sequences", () => {
    const text = BASE + itemBlock("item-deep", `tags:\n  ${"- ".repeat(10_000)}x\n`);
    const at = positionOf(text, "  - - -");
    const errors = reject("generated: 10,000-deep - - -", deckMd(text));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ line: at.line, message: expect.stringContaining("deeper than the limit of 20") });
  });

  it("rejects a full alias bomb without expanding it", () => {
    let bomb = `a0: &a0 [${Array(10).fill('"lol"').join(",")}]\n`;
    for (let i = 1; i < 30; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(",")}]\n`;
    const text = BASE + itemBlock("item-bomb", bomb);
    const errors = reject("generated: 10^30 alias bomb", deckMd(text));
    expectErrors(errors, [
      { file: "deck.md", ...positionOf(text, "&a0"), message: "anchors (&name) are not allowed (30 in this block)" },
      { file: "deck.md", ...positionOf(text, "*a0"), message: "aliases (*name) are not allowed (290 in this block)" },
    ]);
  });

  it("rejects the 2,001st item and stops parsing there", () => {
    const items = Array.from({ length: 1_000 }, (_, i) => itemBlock(`bulk-${i}`)).join("");
    const more = Array.from({ length: 1_001 }, (_, i) => itemBlock(`more-${i}`)).join("");
    const files = [...deckMd(BASE + items), { path: `${DECK_DIR}/more.md`, text: "# More\n" + more }];
    const errors = reject("generated: 2,004 items", files);
    // deck.md holds 1,003 items, so the 998th block of more.md is item 2,001
    const at = positionOf(files[1].text, "```yaml item\nid: more-997");
    expectErrors(errors, [{ file: "more.md", ...at, message: "at most 2000" }]);
  });

  const byteCases: [string, string, string, string][] = [
    ["a UTF-8 byte order mark", "\uFEFF" + BASE, "\uFEFF", "byte order mark"],
    ["CRLF line endings", BASE.replaceAll("\n", "\r\n"), "\r", "use LF line endings"],
    ["a NUL byte", BASE.replace("front: What", "front: Wh\u0000at"), "\u0000", "NUL byte is not allowed"],
    ["a BEL control character", BASE.replace("back: A Pod.", "back: A\u0007 Pod."), "\u0007", "control character U+0007"],
    ["a lone surrogate", BASE.replace("back: A Pod.", "back: A\uD800 Pod."), "\uD800", "unpaired surrogate U+D800"],
  ];
  for (const [what, text, needle, message] of byteCases) {
    it(`rejects ${what} at its position`, () => {
      expectErrors(reject(`generated: ${what}`, deckMd(text)), [{ file: "deck.md", ...positionOf(text, needle), message }]);
    });
  }

  it("reports invalid UTF-8 at its line and column, with the byte offset", () => {
    const prefix = new TextEncoder().encode(BASE.slice(0, BASE.indexOf("A Pod.")));
    const bytes = new Uint8Array([...prefix, 0xc3, 0x28, ...new TextEncoder().encode(" Pod.\n")]);
    const decoded = decodeDeckFileBytes(`${DECK_DIR}/deck.md`, bytes);
    const at = positionOf(BASE, "A Pod.");
    expect(decoded).toEqual({ file: `${DECK_DIR}/deck.md`, ...at, message: `invalid UTF-8 at byte ${prefix.length}` });
  });

  it("caps a flood of errors instead of reporting millions", () => {
    const items = Array.from({ length: 1_500 }, (_, i) => itemBlock(`flood-${i}`, "bogus: 1\n")).join("");
    const errors = reject("generated: 1,500 unknown fields", deckMd(BASE + items));
    expect(errors).toHaveLength(1_000);
    expect(errors.at(-1)?.message).toMatch(/too many errors; \d+ more not shown/);
  });
});

describe("after the whole corpus", () => {
  it("left Object.prototype without new keys and ran no code from the fixtures", () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((globalThis as Record<string, unknown>)[CANARY]).toBe("untouched");
  });
});
