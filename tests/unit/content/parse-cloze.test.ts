import { describe, expect, it } from "vitest";
import { clozeNumbers, parseCloze } from "@/lib/core/content";

describe("parseCloze", () => {
  it("reads answers, optional hints and their positions", () => {
    const text = "A {{c1::Pod}} holds {{c2::containers::plural noun}}.";
    expect(parseCloze(text)).toEqual({
      deletions: [
        { number: 1, answer: "Pod", start: 2, end: 13 },
        { number: 2, answer: "containers", hint: "plural noun", start: 20, end: 51 },
      ],
      problems: [],
    });
  });

  it("leaves Go templates and other double braces alone", () => {
    const text = "{{c1::jsonpath}} differs from -o go-template='{{range .items}}{{.metadata.name}}{{end}}'";
    expect(parseCloze(text).problems).toEqual([]);
    expect(parseCloze(text).deletions.map((d) => d.answer)).toEqual(["jsonpath"]);
  });

  it("lets one answer span lines", () => {
    expect(parseCloze("{{c1::kubectl get\npods}}").deletions[0].answer).toBe("kubectl get\npods");
  });

  it.each([
    ["no deletion", "plain text", "has no deletion"],
    ["c0", "{{c0::x}}", "numbers run from c1 to c9"],
    ["c10", "{{c10::x}}", "numbers run from c1 to c9"],
    ["an unclosed deletion", "{{c1::x", "is never closed"],
    ["a single colon", "{{c1:x}}", "malformed cloze deletion"],
    ["a capital C", "{{C1::x}}", "malformed cloze deletion"],
    ["a space before c", "{{ c1::x}}", "malformed cloze deletion"],
    ["an empty answer", "{{c1:: }}", "has an empty answer"],
    ["two hints", "{{c1::a::b::c}}", "more than one ::hint"],
    ["a nested deletion", "{{c1::a {{c2::b}} }}", "nesting is not supported"],
  ])("reports %s", (_what, text, message) => {
    const { problems } = parseCloze(text);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain(message);
  });

  it("reports every malformed deletion, not only the first", () => {
    expect(parseCloze("{{c0::a}} and {{c1:b}} and {{c2::ok}}").problems.map((p) => p.index)).toEqual([0, 14]);
  });
});

describe("clozeNumbers", () => {
  it("lists distinct deletion numbers in ascending order", () => {
    expect(clozeNumbers("{{c3::a}} {{c1::b}} {{c3::c}}")).toEqual([1, 3]);
  });
});
