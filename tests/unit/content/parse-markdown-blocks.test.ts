import { describe, expect, it } from "vitest";
import { splitDeckMarkdown } from "@/lib/core/content/split-deck-markdown";

describe("splitDeckMarkdown", () => {
  it("returns front matter and item blocks with the offsets of their text in the file", () => {
    const text = "---\nslug: x\n---\n# T\n\n```yaml item\nid: a\n```\n";
    const split = splitDeckMarkdown(text, true);
    expect(split.problems).toEqual([]);
    expect(split.frontMatter).toEqual({ offset: 4, text: "slug: x\n", fenceOffset: 0 });
    expect(split.items).toEqual([{ offset: text.indexOf("id: a"), text: "id: a\n", fenceOffset: text.indexOf("```yaml item") }]);
  });

  it("ignores fences with other info strings and their content", () => {
    const text = "```yaml\nid: not-an-item\n```\n```bash\n```yaml item\n```\n";
    expect(splitDeckMarkdown(text, false)).toEqual({ frontMatter: null, items: [], problems: [] });
  });

  it("treats an item inside a longer backtick fence as example text (CommonMark nesting)", () => {
    const text = "````markdown\n```yaml item\nid: example\n```\n````\n\n```yaml item\nid: real\n```\n";
    expect(splitDeckMarkdown(text, false).items.map((i) => i.text)).toEqual(["id: real\n"]);
  });

  it("closes a tilde fence only with tildes", () => {
    const text = "~~~\n```\n```yaml item\nid: hidden\n```\n~~~\n";
    expect(splitDeckMarkdown(text, false).items).toEqual([]);
  });

  it("closes a fence with a longer fence of the same character", () => {
    const text = "```yaml item\nid: a\n`````\n";
    expect(splitDeckMarkdown(text, false).items.map((i) => i.text)).toEqual(["id: a\n"]);
  });

  it("reports an unterminated fence at its opening line and stops there", () => {
    const text = "intro\n```bash\nls\n\n```yaml item\nid: swallowed\n";
    const split = splitDeckMarkdown(text, false);
    expect(split.items).toEqual([]);
    expect(split.problems).toEqual([{ offset: 6, message: "code fence opened here is never closed" }]);
  });

  it.each(["```yml item", "```yaml  item", "```YAML item", "```yaml items", "```yaml-item", "```item", " ```yaml item", "~~~yaml item"])(
    "reports the near miss %j instead of silently dropping the item",
    (fence) => {
      const split = splitDeckMarkdown(`${fence}\nid: a\n${fence.trim().slice(0, 3)}\n`, false);
      expect(split.items).toEqual([]);
      expect(split.problems.map((p) => p.message)).toEqual([expect.stringContaining("is not an item block")]);
    },
  );

  it("requires front matter in deck.md and rejects it elsewhere", () => {
    expect(splitDeckMarkdown("# T\n", true).problems[0].message).toContain("must start with YAML front matter");
    expect(splitDeckMarkdown("---\na: 1\n---\n", false).problems[0].message).toBe("front matter is only allowed in deck.md");
  });

  it("keeps a leading thematic break in other files as Markdown when nothing closes it", () => {
    expect(splitDeckMarkdown("---\n# Title\n", false).problems).toEqual([]);
  });
});

describe("front matter delimiters", () => {
  it("may carry trailing spaces", () => {
    expect(splitDeckMarkdown("--- \nslug: x\n---\t\n", true)).toMatchObject({ frontMatter: { text: "slug: x\n" }, problems: [] });
  });
});
