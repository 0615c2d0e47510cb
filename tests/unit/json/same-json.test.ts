import { describe, expect, it } from "vitest";
import { sameJson } from "@/lib/core/json/same-json";

describe("sameJson", () => {
  it("ignores key order at every depth and drops undefined properties, as JSON does", () => {
    expect(sameJson([{ id: "a", title: "T", notes: undefined }], [{ title: "T", id: "a" }])).toBe(true);
    expect(sameJson({ a: { x: 1, y: [1, { q: 2, p: 1 }] } }, { a: { y: [1, { p: 1, q: 2 }], x: 1 } })).toBe(true);
  });

  it("still tells different documents apart: values, array order, null against missing", () => {
    expect(sameJson({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: null }, {})).toBe(false);
  });
});
