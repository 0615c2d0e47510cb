import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DECK_ITEM_TYPES,
  defaultDeckOptions,
  formatDeckError,
  parseDeck,
  type DeckItemOf,
  type DeckSourceFile,
  type ParsedDeck,
} from "@/lib/core/content";
import {
  FIXTURES,
  deckFile,
  loadDeckFolder,
  minimalDeckMd,
  positionOf,
  trueFalseItem,
} from "../../fixtures/decks/deck-builders";

const EVERY_TYPE = loadDeckFolder(path.join(FIXTURES, "valid/every-type"));

function parseOk(files: DeckSourceFile[], options = {}): ParsedDeck {
  const result = parseDeck(files, options);
  if (!result.ok) throw new Error(result.errors.map(formatDeckError).join("\n"));
  return result.deck;
}

function textOf(files: DeckSourceFile[], name: string): string {
  return files.find((f) => f.path.endsWith(`/${name}`))!.text;
}

function itemOf<T extends DeckItemOf<"manifest"> | DeckItemOf<"choice"> | DeckItemOf<"typed">>(deck: ParsedDeck, id: string): T {
  return deck.items.find((i) => i.id === id) as T;
}

describe("parseDeck on the every-type fixture", () => {
  const deck = parseOk(EVERY_TYPE);

  it("accepts a deck holding one item of every type", () => {
    expect(deck.items.map((i) => i.type).sort()).toEqual([...DECK_ITEM_TYPES].sort());
  });

  it("keeps the front matter, including the optional description", () => {
    expect(deck).toMatchObject({
      slug: "every-type",
      title: "Every item type",
      description: "A small deck with one item of every type, used by the parser tests.",
      language: "en",
      kubernetesVersion: "1.32",
    });
    expect(deck.sections).toEqual([
      { id: "recall", title: "Recall", notes: "## Pods (L1–L9)" },
      { id: "practice", title: "Practice", notes: "## Deployments (L10–L30)" },
    ]);
  });

  it("numbers items from 0 in file then block order, deck.md first, with the line of each fence", () => {
    const expected = [
      ["deck.md", "pod-shared-network"],
      ["deck.md", "pod-restart-policy-cloze"],
      ["deck.md", "statefulset-pod-management"],
      ["deck.md", "pod-phase-choice"],
      ["20-practice.md", "deployment-default-strategy"],
      ["20-practice.md", "deployment-rollback-steps"],
      ["20-practice.md", "deployment-scale-command"],
      ["20-practice.md", "deployment-recreate-manifest"],
    ];
    expect(deck.items.map((i) => [i.position, i.file, i.line])).toEqual(
      expected.map(([file, id], position) => [
        position,
        `content/decks/every-type/${file}`,
        positionOf(textOf(EVERY_TYPE, file), "```yaml item\nid: " + id).line,
      ]),
    );
  });

  it("reads deck.md first whatever order the files are given in", () => {
    const reversed = parseOk([...EVERY_TYPE].reverse());
    expect(reversed.items.map((i) => i.id)).toEqual(deck.items.map((i) => i.id));
  });

  it("does not take an item shown inside a longer ```` fence for a real item", () => {
    expect(deck.items.map((i) => i.id)).not.toContain("not-a-real-item");
  });

  it("derives cards as the format table says: basic 1 (+1 reversed), cloze 1 per number, typed 1, kubectl 1, quiz-only types 0", () => {
    expect(deck.cards).toEqual([
      { id: "pod-shared-network#1", itemId: "pod-shared-network", ordinal: 1, kind: "front" },
      { id: "pod-shared-network#2", itemId: "pod-shared-network", ordinal: 2, kind: "reverse" },
      { id: "pod-restart-policy-cloze#1", itemId: "pod-restart-policy-cloze", ordinal: 1, kind: "cloze" },
      { id: "pod-restart-policy-cloze#2", itemId: "pod-restart-policy-cloze", ordinal: 2, kind: "cloze" },
      { id: "statefulset-pod-management#1", itemId: "statefulset-pod-management", ordinal: 1, kind: "typed" },
      { id: "deployment-scale-command#1", itemId: "deployment-scale-command", ordinal: 1, kind: "kubectl" },
    ]);
  });

  it("returns the values as written, with YAML types (numbers, booleans) preserved", () => {
    const manifest = itemOf<DeckItemOf<"manifest">>(deck, "deployment-recreate-manifest");
    expect(manifest.checks).toEqual([
      { path: "spec.strategy.type", equals: "Recreate", weight: 2 },
      { path: "spec.replicas", equals: 3 },
      { path: "spec.template.spec.containers.0.image", exists: true },
      { path: "spec.strategy.rollingUpdate", absent: true },
    ]);
    expect((manifest.solution.spec as { replicas: unknown }).replicas).toBe(3);
    const typed = itemOf<DeckItemOf<"typed">>(deck, "statefulset-pod-management");
    expect(typed).toMatchObject({ answer: "OrderedReady", accept: ["Ordered Ready"], match: "identifier" });
    expect(typed.correction).toEqual({ claimed: "The default is Parallel.", actual: "The default is OrderedReady." });
  });

  it("passes every kubectl answer and accept form to checkCommand", () => {
    const seen: string[] = [];
    parseOk(EVERY_TYPE, { checkCommand: (cmd: string) => (seen.push(cmd), null) });
    expect(seen).toEqual(["kubectl scale deployment web --replicas=5", "kubectl scale deploy/web --replicas 5"]);
  });

  it("reports a command that checkCommand rejects at that accept entry", () => {
    const result = parseDeck(EVERY_TYPE, { checkCommand: (cmd) => (cmd.includes("deploy/") ? "no slash form" : null) });
    expect(result.ok).toBe(false);
    const at = positionOf(textOf(EVERY_TYPE, "20-practice.md"), "kubectl scale deploy/web");
    expect(result.ok ? [] : result.errors).toEqual([
      { file: "content/decks/every-type/20-practice.md", ...at, message: "kubectl command does not parse: no slash form" },
    ]);
  });

  it("accepts the fixture with the app's real kubectl parser wired in by defaultDeckOptions", () => {
    expect(parseDeck(EVERY_TYPE, defaultDeckOptions).ok).toBe(true);
  });

  it("rejects a misspelt kubectl verb through defaultDeckOptions", () => {
    const files = EVERY_TYPE.map((f) => ({ ...f, text: f.text.replace("answer: kubectl scale", "answer: kubectl scael") }));
    const result = parseDeck(files, defaultDeckOptions);
    const at = positionOf(textOf(files, "20-practice.md"), "kubectl scael");
    expect(result.ok ? [] : result.errors.map((e) => [e.line, e.column, e.message.split(":")[0]])).toEqual([
      [at.line, at.column, "kubectl command does not parse"],
    ]);
  });
});

describe("parseDeck error reporting", () => {
  it("reports the errors of every file, deck.md first, as file:line:column: message", () => {
    const deckMd = minimalDeckMd(trueFalseItem("item-four").replace("answer: true", "answer: maybe"));
    const extra = "# More\n" + trueFalseItem("item-five").replace("statement: S", "statment: S");
    const result = parseDeck([deckFile("zz-extra.md", extra), deckFile("deck.md", deckMd)]);
    expect(result.ok ? [] : result.errors.map(formatDeckError)).toEqual([
      `content/decks/test-deck/deck.md:${pos(deckMd, "maybe")}: answer: expected boolean, received string`,
      `content/decks/test-deck/zz-extra.md:${pos(extra, "statment")}: unknown field "statment"; did you mean "statement"?`,
    ]);
  });

  it("rejects an empty file list, pointing at the missing deck.md", () => {
    expect(parseDeck([])).toEqual({ ok: false, errors: [{ file: "deck.md", line: 1, column: 1, message: "the deck has no deck.md" }] });
  });

  it("rejects a file outside the deck folder and a second deck.md", () => {
    const result = parseDeck([
      deckFile("deck.md", minimalDeckMd()),
      { path: "content/decks/other/notes.md", text: "# Notes\n" },
      { path: "content/decks/other/deck.md", text: minimalDeckMd() },
    ]);
    expect(result.ok ? [] : result.errors.map(formatDeckError)).toEqual([
      "content/decks/other/deck.md:1:1: a deck has exactly one deck.md; this is another one",
      'content/decks/other/notes.md:1:1: file is not in the deck folder "content/decks/test-deck"',
    ]);
  });

  it("rejects a file listed twice", () => {
    const file = deckFile("deck.md", minimalDeckMd());
    const result = parseDeck([file, file]);
    expect(result.ok ? [] : result.errors.map(formatDeckError)).toEqual([
      "content/decks/test-deck/deck.md:1:1: the same file is listed twice",
    ]);
  });

  it("accepts text fields that look like other YAML types when quoted, and keeps them as strings", () => {
    const deck = parseOk([
      deckFile("deck.md", minimalDeckMd().replace("front: F", 'front: "1.32"').replace("back: B", "back: 'true'")),
    ]);
    expect(deck.items[0]).toMatchObject({ front: "1.32", back: "true" });
  });
});

function pos(text: string, needle: string): string {
  const { line, column } = positionOf(text, needle);
  return `${line}:${column}`;
}
