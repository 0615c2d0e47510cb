import { describe, expect, it } from "vitest";
import { gradeChoice } from "@/lib/core/grading/grade-choice";
import { gradeTrueFalse } from "@/lib/core/grading/grade-true-false";

const multiple = { optionCount: 5, correct: [0, 2, 3], multiple: true };

describe("gradeChoice", () => {
  it("lists each missed and each wrongly selected option index", () => {
    expect(gradeChoice(multiple, [4, 0, 1])).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [
        { code: "missed-option", params: { index: 2 } },
        { code: "missed-option", params: { index: 3 } },
        { code: "wrong-option", params: { index: 1 } },
        { code: "wrong-option", params: { index: 4 } },
      ],
    });
  });

  it("scores (correct selected − wrong selected) / correct options", () => {
    expect(gradeChoice(multiple, [0, 2, 1]).score).toBeCloseTo((2 - 1) / 3);
  });

  it("gives nothing for ticking every option", () => {
    expect(gradeChoice({ optionCount: 4, correct: [1, 3], multiple: true }, [0, 1, 2, 3]).score).toBe(0);
  });

  it("names the missed option of a wrong single choice", () => {
    expect(gradeChoice({ optionCount: 4, correct: [2] }, [0]).feedback).toEqual([
      { code: "missed-option", params: { index: 2 } },
      { code: "wrong-option", params: { index: 0 } },
    ]);
  });

  it("refuses two selections on a single-choice item", () => {
    expect(gradeChoice({ optionCount: 4, correct: [2] }, [2, 0]).feedback).toEqual([{ code: "invalid-response" }]);
  });

  it("refuses repeated and out-of-range indexes", () => {
    expect(gradeChoice(multiple, [0, 0, 2, 3]).feedback).toEqual([{ code: "invalid-response" }]);
    expect(gradeChoice(multiple, [0, 2, 3, 5]).feedback).toEqual([{ code: "invalid-response" }]);
  });

  it("reports an empty selection", () => {
    expect(gradeChoice(multiple, []).feedback).toEqual([{ code: "empty-answer" }]);
  });
});

describe("gradeTrueFalse", () => {
  it("states the expected value when wrong", () => {
    expect(gradeTrueFalse({ answer: false }, true)).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [{ code: "wrong-answer", params: { expected: "false" } }],
    });
  });
});
