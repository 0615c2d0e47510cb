import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECK_ITEM_TYPES, defaultDeckOptions, flattenSteps, formatDeckError, parseDeck } from "@/lib/core/content";
import { FIXTURES } from "../../fixtures/decks/deck-builders";

// docs/deck-format.md is the contract other code and authors follow; its examples must parse.
const DOC = readFileSync(path.resolve(import.meta.dirname, "../../../docs/deck-format.md"), "utf8");
const FIXTURE_DECK_MD = readFileSync(path.join(FIXTURES, "valid/every-type/deck.md"), "utf8");

function exampleBlocks(): string[] {
  const section = DOC.slice(DOC.indexOf("### Examples of every type"), DOC.indexOf("### Manifest rules"));
  return [...section.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].map((m) => m[1]);
}

describe("docs/deck-format.md", () => {
  it("shows one example of every item type, and together they form a valid deck", () => {
    const blocks = exampleBlocks();
    const frontMatter = FIXTURE_DECK_MD.slice(0, FIXTURE_DECK_MD.indexOf("---", 4) + 4);
    const text = frontMatter + blocks.map((b) => "\n```yaml item\n" + b + "```\n").join("");
    const result = parseDeck([{ path: "content/decks/every-type/deck.md", text }], defaultDeckOptions);
    expect(result.ok ? [] : result.errors.map(formatDeckError)).toEqual([]);
    expect(result.ok && result.deck.items.map((i) => i.type)).toEqual([...DECK_ITEM_TYPES]);
  });

  it("its anyOrder example parses into one group of two steps", () => {
    const rules = DOC.slice(DOC.indexOf("### Ordering rules"), DOC.indexOf("## YAML subset"));
    const block = /^```yaml\n([\s\S]*?)^```$/m.exec(rules)![1];
    const frontMatter = FIXTURE_DECK_MD.slice(0, FIXTURE_DECK_MD.indexOf("---", 4) + 4);
    const result = parseDeck([{ path: "content/decks/every-type/deck.md", text: `${frontMatter}\n\`\`\`yaml item\n${block}\`\`\`\n` }], { ...defaultDeckOptions, curated: false });
    expect(result.ok ? [] : result.errors.map(formatDeckError)).toEqual([]);
    const item = result.ok ? result.deck.items[0] : undefined;
    expect(item?.type === "ordering" && flattenSteps(item.steps).anyOrder).toEqual([[1, 2]]);
  });
});
