// Anki note types are recognised by structure (templates and the fields they show), and Anki
// decks become a title and sections.
import { describe, expect, it } from "vitest";
import { classifyNoteType } from "@/lib/core/import/anki/classify-note-type";
import { planAnkiSections, slugFromFileName } from "@/lib/core/import/anki/plan-anki-sections";
import type { AnkiNoteType } from "@/lib/core/import/anki/anki-collection";

const ANSWER = "{{FrontSide}}\n\n<hr id=answer>\n\n";
const type = (fieldNames: string[], templates: [string, string][], isCloze = false): AnkiNoteType => ({
  id: "1",
  name: "any name",
  isCloze,
  fieldNames,
  templates: templates.map(([qfmt, afmt]) => ({ qfmt, afmt })),
});

describe("classifyNoteType", () => {
  it.each([
    [
      "Basic",
      type(["Front", "Back"], [["{{Front}}", `${ANSWER}{{Back}}`]]),
      { kind: "basic", front: 0, back: 1, extra: null, reverseOrd: null },
    ],
    [
      "Basic (type in the answer)",
      type(["Front", "Back"], [["{{Front}}\n\n{{type:Back}}", "{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}"]]),
      { kind: "basic", front: 0, back: 1, extra: null, reverseOrd: null },
    ],
    [
      "Basic (and reversed card)",
      type(
        ["Front", "Back"],
        [
          ["{{Front}}", `${ANSWER}{{Back}}`],
          ["{{Back}}", `${ANSWER}{{Front}}`],
        ],
      ),
      { kind: "basic", front: 0, back: 1, extra: null, reverseOrd: 1 },
    ],
    [
      "Basic (optional reversed card)",
      type(
        ["Front", "Back", "Add Reverse"],
        [
          ["{{Front}}", `${ANSWER}{{Back}}`],
          ["{{#Add Reverse}}{{Back}}{{/Add Reverse}}", `${ANSWER}{{Front}}`],
        ],
      ),
      { kind: "basic", front: 0, back: 1, extra: null, reverseOrd: 1 },
    ],
    [
      "a vocabulary type with an example on the back",
      type(["Word", "Meaning", "Example"], [["{{Word}}", `${ANSWER}{{Meaning}}<br>{{Example}}`]]),
      { kind: "basic", front: 0, back: 1, extra: 2, reverseOrd: null },
    ],
    [
      "Cloze",
      type(["Text", "Back Extra"], [["{{cloze:Text}}", "{{cloze:Text}}<br>\n{{Back Extra}}"]], true),
      { kind: "cloze", text: 0, extra: 1 },
    ],
  ])("recognises %s", (_name, noteType, shape) => {
    expect(classifyNoteType(noteType)).toEqual(shape);
  });

  it.each([
    ["one field", type(["Sentence"], [["{{Sentence}}", ANSWER]])],
    ["a front that shows both fields", type(["Front", "Back"], [["{{Front}} {{Back}}", ANSWER]])],
    [
      "a second template that is not the reverse",
      type(
        ["Front", "Back"],
        [
          ["{{Front}}", `${ANSWER}{{Back}}`],
          ["{{Front}}!", `${ANSWER}{{Back}}`],
        ],
      ),
    ],
    [
      "three templates",
      type(
        ["A", "B"],
        [
          ["{{A}}", "{{B}}"],
          ["{{B}}", "{{A}}"],
          ["{{A}}", "{{B}}"],
        ],
      ),
    ],
    ["a cloze type without a cloze field", type(["Text"], [["{{Text}}", "{{Text}}"]], true)],
  ])("does not import %s", (_name, noteType) => {
    expect(classifyNoteType(noteType)).toEqual({ kind: "unsupported" });
  });
});

describe("planAnkiSections", () => {
  it("uses a shared top-level deck as the title and its subdecks as sections with unique ids", () => {
    const plan = planAnkiSections(
      [
        { id: "10", name: "K8s::Pods" },
        { id: "11", name: "K8s::Pods!" },
        { id: "12", name: "K8s::ポッド" },
      ],
      "x.apkg",
    );
    expect(plan.title).toBe("K8s");
    expect(plan.sections.map((s) => [s.id, s.title])).toEqual([
      ["pods", "Pods"],
      ["pods-2", "Pods!"],
      ["deck-3", "ポッド"],
    ]);
    expect(plan.sectionOfDeck.get("12")).toBe("deck-3");
  });

  it("falls back to the file name when decks differ or only the default deck is used", () => {
    expect(planAnkiSections([{ id: "1", name: "Default" }], "Café notes.apkg", "Default").title).toBe("Café notes");
    expect(
      planAnkiSections(
        [
          { id: "2", name: "A" },
          { id: "3", name: "B" },
        ],
        "mixed.apkg",
      ).sections.map((s) => s.title),
    ).toEqual(["A", "B"]);
  });

  it("derives a 3–64 character slug from any file name", () => {
    expect(slugFromFileName("uploads/Café Kubernetes.apkg")).toBe("cafe-kubernetes");
    expect(slugFromFileName("ab.apkg")).toBe("anki-ab");
    expect(slugFromFileName("日本語.apkg")).toBe("anki-deck");
    expect(slugFromFileName(`${"x".repeat(100)}.apkg`)).toHaveLength(64);
  });
});
