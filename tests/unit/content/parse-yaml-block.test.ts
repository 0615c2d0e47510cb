import { describe, expect, it } from "vitest";
import { parseYamlBlock } from "@/lib/core/content/parse-yaml-block";

function problems(text: string) {
  const result = parseYamlBlock(text, "item block");
  return result.ok ? [] : result.problems;
}

describe("parseYamlBlock", () => {
  it("returns plain data with core-schema types", () => {
    const result = parseYamlBlock("a: 1\nb: true\nc: yes\nd: null\ne: [x, 'y']\nf: 0o10\n", "block");
    expect(result.ok && result.block.value).toEqual({ a: 1, b: true, c: "yes", d: null, e: ["x", "y"], f: 8 });
  });

  it("builds objects with the ordinary prototype but never from a forbidden key", () => {
    const result = parseYamlBlock("toString: x\nhasOwnProperty: y\n", "block");
    expect(result.ok && Object.getPrototypeOf(result.block.value)).toBe(Object.prototype);
    expect(result.ok && result.block.value.toString).toBe("x");
  });

  it.each([
    ["an anchor", "a: &x 1\n", 3, "anchors"],
    ["an alias", "a: 1\nb: *x\n", 8, "aliases"],
    ["a custom tag", "a: !x 1\n", 3, "explicit tags such as !x"],
    ["a js tag", "a: !!js/undefined ~\n", 3, "explicit tags such as !!js/undefined"],
    ["a directive", "%TAG ! tag:example.com,2000:\n---\na: 1\n", 0, "directives"],
    ["a duplicate key", "a: 1\na: 2\n", 5, "Map keys must be unique"],
    ["__proto__", "a:\n  __proto__: 1\n", 5, 'key "__proto__" is not allowed'],
    ["constructor", "constructor: 1\n", 0, 'key "constructor" is not allowed'],
    ["prototype in a list", "a:\n  - prototype: 1\n", 7, 'key "prototype" is not allowed'],
    ["a boolean key", "true: 1\n", 0, "mapping keys must be plain strings"],
    ["a null key", "~: 1\n", 0, "mapping keys must be plain strings"],
    ["a list", "- a\n", 0, "must be a YAML mapping"],
    ["a scalar", "hello\n", 0, "must be a YAML mapping"],
    ["two documents", "a: 1\n---\nb: 2\n", 5, "one YAML document"],
  ])("rejects %s at its offset", (_what, text, offset, message) => {
    expect(problems(text)).toEqual([{ offset, message: expect.stringContaining(message) }]);
  });

  it("reports each hostile construct once per block with a count", () => {
    expect(problems("a: &a [1]\nb: &b [*a, *a]\nc: [*b, *b, *a]\n")).toEqual([
      { offset: 3, message: "anchors (&name) are not allowed (2 in this block)" },
      { offset: 17, message: "aliases (*name) are not allowed (5 in this block)" },
    ]);
  });

  it("accepts nesting of exactly 20 levels and rejects 21", () => {
    const nest = (levels: number) => `a: ${"[".repeat(levels - 1)}x${"]".repeat(levels - 1)}\n`;
    expect(problems(nest(20))).toEqual([]);
    expect(problems(nest(21))).toEqual([{ offset: 3 + 19, message: "nesting is deeper than the limit of 20 levels" }]);
  });

  it("fails fast on 100,000 open brackets, pointing where level 21 starts", () => {
    expect(problems(`a: ${"[".repeat(100_000)}`)).toEqual([{ offset: 3 + 19, message: expect.stringContaining("deeper") }]);
  });

  it("does not count brackets inside a quoted string as nesting", () => {
    expect(problems(`a: "${"[".repeat(50)}"\n`)).toEqual([]);
  });

  it("reports an empty block", () => {
    expect(problems("  \n")).toEqual([{ offset: 0, message: "item block is empty" }]);
  });
});
