import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  contentHash,
  defaultDeckOptions,
  formatDeckError,
  instructorDeckOptions,
  parseDeck,
  serializeDeck,
  type DeckItem,
  type DeckItemInput,
  type DeckSourceFile,
  type ParsedDeck,
} from "@/lib/core/content";
import type { DeckFrontMatter } from "@/lib/core/content/deck-schema";
import { FIXTURES, loadDeckFolder } from "../../fixtures/decks/deck-builders";

const BUILT_IN = path.resolve(import.meta.dirname, "../../../content/decks/kubernetes-workloads");

function parseOk(files: DeckSourceFile[], options = defaultDeckOptions): ParsedDeck {
  const result = parseDeck(files, options);
  if (!result.ok) throw new Error(result.errors.slice(0, 20).map(formatDeckError).join("\n"));
  return result.deck;
}

function frontOf(deck: ParsedDeck): DeckFrontMatter {
  const { slug, title, description, language, kubernetesVersion, sections } = deck;
  return { slug, title, ...(description === undefined ? {} : { description }), language, kubernetesVersion, sections };
}

function withoutPlacement(item: DeckItem): DeckItemInput {
  const { position: _p, file: _f, line: _l, ...rest } = item;
  return rest as DeckItemInput;
}

/** Serialises a parsed deck to one deck.md and parses that again with the same options. */
function roundTrip(deck: ParsedDeck, options = defaultDeckOptions) {
  const { text, itemLines } = serializeDeck(frontOf(deck), deck.items.map(withoutPlacement));
  return { text, itemLines, again: parseOk([{ path: `${deck.slug}/deck.md`, text }], options) };
}

describe("serializeDeck round trip", () => {
  it.each([
    ["the built-in deck", BUILT_IN, 130],
    ["the every-type fixture", path.join(FIXTURES, "valid/every-type"), 8],
  ])("%s parses back to the same items, content hashes and order", (_name, dir, count) => {
    const deck = parseOk(loadDeckFolder(dir));
    const { again } = roundTrip(deck);
    expect(deck.items).toHaveLength(count);
    expect(again.items.map(withoutPlacement)).toEqual(deck.items.map(withoutPlacement));
    expect(again.items.map(contentHash)).toEqual(deck.items.map(contentHash));
    expect(again.items.map((item) => item.position)).toEqual(deck.items.map((item) => item.position));
    expect(frontOf(again)).toEqual(frontOf(deck));
    expect(again.cards).toEqual(deck.cards);
  });

  it("drops placement fields and writes keys in a fixed order: id, type, section, type fields, common fields", () => {
    const deck = parseOk(loadDeckFolder(path.join(FIXTURES, "valid/every-type")));
    const { text } = serializeDeck(frontOf(deck), deck.items);
    expect(text).not.toMatch(/^(position|file|line):/m);
    const block = text.slice(text.indexOf("id: statefulset-pod-management"));
    const keys = block.slice(0, block.indexOf("\n```\n")).split("\n").filter((l) => /^\w+:/.test(l)).map((l) => l.split(":")[0]);
    expect(keys).toEqual(["id", "type", "section", "prompt", "answer", "accept", "match", "explanation", "source", "correction", "fields"]);
  });
});

const TRICKY_TEXTS = [
  "Run:\n```bash\nkubectl get pods\n```\nthen look.",
  "Show a fence: ````markdown\n````\n```` and ``` and `` ` inline",
  "  leading and trailing spaces  ",
  "# not a heading",
  "key: value, and a colon: here",
  `'single' and "double" quotes`,
  "{{c1::x}} is not a cloze in a basic item",
  "日本語のテキスト、全角スペース　あり",
  "emoji 🎉🚀 and ZWJ 👩‍💻",
  "yes",
  "1.30",
  "null",
  "~",
  "- looks like a list",
  "line one\n\n\nline four with trailing spaces   \n",
  "---\nlooks like front matter\n---",
];

describe("serializeDeck keeps difficult text exactly", () => {
  const front: DeckFrontMatter = {
    slug: "tricky",
    title: "Tricky: `title` # with \"quotes\"\n```yaml item",
    description: "A description\n---\nwith a dashes line",
    language: "ja",
    kubernetesVersion: "1.30",
    sections: [{ id: "only", title: "Only\n```yaml item\nid: injected", notes: "## x" }],
  };
  const items: DeckItemInput[] = TRICKY_TEXTS.map((text, i) => ({
    id: `tricky-${i}`,
    type: "basic",
    section: "only",
    front: text,
    back: text,
    explanation: text,
    tags: ["a.b", "日本"],
  }));
  const cloze: DeckItemInput = { id: "tricky-cloze", type: "cloze", section: "only", text: "A {{c1::`x: y`::hint: z}} and ```` ``` ```` run" };
  const { text, itemLines } = serializeDeck(front, [...items, cloze]);
  const again = parseOk([{ path: "tricky/deck.md", text }], instructorDeckOptions);

  it("parses back to the same text for every tricky string", () => {
    expect(again.items.map(withoutPlacement)).toEqual([...items, cloze]);
    expect({ ...frontOf(again), slug: front.slug }).toEqual(front);
  });

  it("opens each item with a fence longer than any backtick run inside it", () => {
    const block = text.split("\n").slice(itemLines[1].start - 1, itemLines[1].end);
    expect(block[0]).toBe("`````yaml item");
    expect(block.at(-1)).toBe("`````");
  });

  it("gives the opening and closing fence lines of every item, in item order", () => {
    const lines = text.split("\n");
    expect(itemLines).toHaveLength(items.length + 1);
    itemLines.forEach(({ start, end }, i) => {
      expect(lines[start - 1]).toMatch(/^`{3,}yaml item$/);
      expect(lines[end - 1]).toBe(lines[start - 1].replace("yaml item", ""));
      expect(again.items[i].line).toBe(start);
    });
  });
});

describe("serializeDeck with items the parser must refuse", () => {
  const front: DeckFrontMatter = {
    slug: "refused",
    title: "Refused",
    language: "en",
    kubernetesVersion: "1.32",
    sections: [{ id: "known", title: "Known", notes: "n" }],
  };
  const good: DeckItemInput = { id: "good-item", type: "basic", section: "known", front: "F", back: "B" };
  const lost: DeckItemInput = { id: "lost-item", type: "basic", section: "missing", front: "F", back: "B" };
  const typo = { id: "typo-item", type: "basic", section: "known", front: "F", bak: "B" } as unknown as DeckItemInput;

  it("writes items of an unknown section last and unknown keys as they are, so parseDeck reports both inside their blocks", () => {
    const { text, itemLines } = serializeDeck(front, [lost, good, typo]);
    expect(itemLines[0].start).toBeGreaterThan(itemLines[2].end);
    const result = parseDeck([{ path: "refused/deck.md", text }], instructorDeckOptions);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const blockOf = (line: number) => itemLines.findIndex((l) => line >= l.start && line <= l.end);
    const byItem = result.errors.map((e) => [blockOf(e.line), e.message]);
    expect(byItem).toContainEqual([0, expect.stringContaining("missing")]);
    expect(byItem).toContainEqual([2, expect.stringContaining("bak")]);
    expect(byItem.some(([index]) => index === 1)).toBe(false);
  });
});
