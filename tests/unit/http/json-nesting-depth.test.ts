import { describe, expect, it } from "vitest";
import { jsonNestingDepth } from "@/lib/core/text/json-nesting-depth";

describe("jsonNestingDepth", () => {
  it("counts object and array nesting", () => {
    expect(jsonNestingDepth("1")).toBe(0);
    expect(jsonNestingDepth('{"a":[1,{"b":2}]}')).toBe(3);
  });
  it("ignores brackets inside strings, including escaped quotes", () => {
    expect(jsonNestingDepth('{"a":"[[[[\\"{{{{"}')).toBe(1);
  });
  it("stops early on hostile depth", () => {
    expect(jsonNestingDepth("[".repeat(100_000), 32)).toBe(33);
  });
});
