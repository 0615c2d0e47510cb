import { describe, expect, it } from "vitest";
import { formatDeckError, MAX_ITEMS, parseDeck } from "@/lib/core/content";
import {
  basicItem,
  deckFile,
  frontMatter,
  minimalDeckMd,
  positionOf,
  trueFalseItem,
} from "../../fixtures/decks/deck-builders";

function errors(...files: [string, string][]): string[] {
  const result = parseDeck(files.map(([name, text]) => deckFile(name, text)), { curated: true });
  return result.ok ? [] : result.errors.map((e) => formatDeckError(e).replace("content/decks/test-deck/", ""));
}

describe("section rules", () => {
  it("accept a section of exactly three items with one that is not basic", () => {
    expect(errors(["deck.md", minimalDeckMd()])).toEqual([]);
  });

  it("count items from every file towards their section", () => {
    const deckMd = frontMatter("test-deck", ["basics", "later"]) + basicItem("item-one") + basicItem("item-two") + trueFalseItem("item-three");
    const later = "# Later\n" + basicItem("later-one", "later") + basicItem("later-two", "later") + trueFalseItem("later-three", "later");
    expect(errors(["deck.md", deckMd], ["later.md", later])).toEqual([]);
    const { line, column } = positionOf(deckMd, "id: later");
    expect(errors(["deck.md", deckMd], ["later.md", later.replace("section: later\nstatement", "section: basics\nstatement")])).toEqual([
      `deck.md:${line}:${column}: section "later" has 2 item(s); each section needs at least 3`,
    ]);
  });

  it("still count items that fail the schema, so one bad field does not also break its section", () => {
    const deckMd = minimalDeckMd().replace("back: B", "back: [not, text]");
    expect(errors(["deck.md", deckMd])).toEqual([`deck.md:${pos(deckMd, "[not, text]")}: back: expected string, received array`]);
  });
});

describe("item ids", () => {
  it("must be unique across all files; every repeat points at the first use", () => {
    const deckMd = minimalDeckMd();
    const a = "# A\n" + trueFalseItem("item-one");
    const b = "# B\n" + trueFalseItem("item-one");
    const first = `content/decks/test-deck/deck.md:${pos(deckMd, "item-one")}`;
    expect(errors(["deck.md", deckMd], ["a.md", a], ["b.md", b])).toEqual([
      `a.md:${pos(a, "item-one")}: duplicate item id "item-one" (first used at ${first})`,
      `b.md:${pos(b, "item-one")}: duplicate item id "item-one" (first used at ${first})`,
    ]);
  });
});

describe("deck size", () => {
  it(`accepts exactly ${MAX_ITEMS} items`, () => {
    const items = Array.from({ length: MAX_ITEMS - 3 }, (_, i) => trueFalseItem(`bulk-${i}`)).join("");
    const result = parseDeck([deckFile("deck.md", minimalDeckMd()), deckFile("bulk.md", "# Bulk\n" + items)]);
    expect(result.ok && result.deck.items.length).toBe(MAX_ITEMS);
  });
});

describe("front matter", () => {
  it("reports several front matter problems together", () => {
    const deckMd = minimalDeckMd().replace("language: en", "language: 42").replace('"1.32"', '"v1.32"');
    expect(errors(["deck.md", deckMd])).toEqual([
      `deck.md:${pos(deckMd, "42")}: language: expected string, received number`,
      `deck.md:${pos(deckMd, '"v1.32"')}: kubernetesVersion: must be a Kubernetes minor version such as "1.32"`,
    ]);
  });
});

function pos(text: string, needle: string): string {
  const { line, column } = positionOf(text, needle);
  return `${line}:${column}`;
}
