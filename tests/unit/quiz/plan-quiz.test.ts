import { describe, expect, it } from "vitest";
import { planQuiz, type QuizCandidate } from "@/lib/core/quiz/plan-quiz";
import { gradeOrdering } from "@/lib/core/grading/grade-ordering";

const SEEDS = Array.from({ length: 300 }, (_, i) => `seed-${i}`);

function firstOrder(candidate: QuizCandidate, seed: string): number[] {
  return planQuiz({ candidates: [candidate], length: 1, seed })[0].stepOrder!;
}

describe("planQuiz ordering questions", () => {
  it("never shows the steps in the stored order", () => {
    const candidate = { itemId: "i", type: "ordering", section: "s", stepCount: 3 };
    for (const seed of SEEDS) expect(firstOrder(candidate, seed), seed).not.toEqual([0, 1, 2]);
  });

  it("never shows the steps in any order the anyOrder groups make correct either", () => {
    // Three steps of four in one group: 6 of the 24 orders are correct, so a plain shuffle would often show one.
    const key = { stepCount: 4, anyOrder: [[1, 2, 3]] };
    const candidate = { itemId: "i", type: "ordering", section: "s", ...key };
    for (const seed of SEEDS) {
      const order = firstOrder(candidate, seed);
      expect([...order].sort(), seed).toEqual([0, 1, 2, 3]);
      expect(gradeOrdering(key, order).verdict, `${seed}: ${order.join(",")}`).not.toBe("correct");
    }
  });
});
