import { describe, expect, it } from "vitest";
import { gradeAnswer } from "@/lib/core/grading/grade-answer";
import { proposeRating } from "@/lib/core/grading/propose-rating";
import { GRADING_ROWS } from "../kubectl/kubectl-grading-rows";

// Feedback that says the answer acts on another object than the task's.
const WRONG_OBJECT = new Set([
  "wrong-name",
  "wrong-kind",
  "wrong-namespace",
  "flag-selects-objects",
  "flag-other-cluster",
]);

const graded = GRADING_ROWS.map((row) => ({
  ...row,
  grade: gradeAnswer({ type: "kubectl", answer: row.expected }, { text: row.answer }),
}));
const wrongObject = graded.filter(({ grade }) => grade.feedback.some((item) => WRONG_OBJECT.has(item.code)));

describe("proposeRating", () => {
  it("proposes Good for right, Hard for partly right and Again for wrong", () => {
    expect(
      ["correct", "partial", "incorrect"].map((verdict) => proposeRating({ verdict: verdict as "correct" })),
    ).toEqual([3, 2, 1]);
  });

  it("proposes Again, not Hard, for scaling the ReplicaSet web when the task is frontend", () => {
    const grade = gradeAnswer(
      { type: "kubectl", answer: "kubectl scale rs frontend --replicas=5" },
      { text: "kubectl scale rs web --replicas=5" },
    );
    expect(proposeRating(grade)).toBe(1);
  });

  it(`never proposes a pass for an answer of the verdict table that acts on another object (${wrongObject.length} rows)`, () => {
    expect(wrongObject.length).toBeGreaterThanOrEqual(40);
    const passes = wrongObject
      .filter(({ grade }) => proposeRating(grade) !== 1)
      .map(({ expected, answer }) => `${expected}  ←  ${answer}`);
    expect(passes).toEqual([]);
  });
});
