import { describe, expect, it } from "vitest";
import { gradeOrdering } from "@/lib/core/grading/grade-ordering";

describe("gradeOrdering", () => {
  it("gives full credit and no feedback for the stored order", () => {
    expect(gradeOrdering({ stepCount: 4 }, [0, 1, 2, 3])).toEqual({ verdict: "correct", score: 1, feedback: [] });
  });

  it("reports the first wrong position 1-based", () => {
    expect(gradeOrdering({ stepCount: 5 }, [0, 1, 3, 2, 4]).feedback).toEqual([
      { code: "first-wrong-position", params: { position: 3 } },
    ]);
  });

  it("costs one pair for swapping neighbours but n − 1 pairs for moving the first step to the end", () => {
    const swapped = gradeOrdering({ stepCount: 6 }, [1, 0, 2, 3, 4, 5]).score;
    const moved = gradeOrdering({ stepCount: 6 }, [1, 2, 3, 4, 5, 0]).score;
    expect(swapped).toBeCloseTo(1 - 1 / 15);
    expect(moved).toBeCloseTo(1 - 5 / 15);
  });

  it("gives nothing for the reversed order", () => {
    expect(gradeOrdering({ stepCount: 5 }, [4, 3, 2, 1, 0]).verdict).toBe("incorrect");
  });

  it.each([[[0, 1, 2]], [[0, 1, 2, 3, 3]], [[0, 1, 2, 3, 5]], [[0, 1, 2, 3, 4, 0]], [[0, 1, 2.5, 3, 4]]])(
    "refuses %j as not a permutation of 5 steps",
    (order) => {
      expect(gradeOrdering({ stepCount: 5 }, order)).toEqual({
        verdict: "incorrect",
        score: 0,
        feedback: [{ code: "invalid-order" }],
      });
    },
  );

  describe("with anyOrder groups", () => {
    // pause, [set image, set resources], resume, status: the two `set` commands may swap.
    const paused = { stepCount: 5, anyOrder: [[1, 2]] };

    it("gives full credit and no feedback to every valid order", () => {
      expect(gradeOrdering(paused, [0, 1, 2, 3, 4])).toEqual({ verdict: "correct", score: 1, feedback: [] });
      expect(gradeOrdering(paused, [0, 2, 1, 3, 4])).toEqual({ verdict: "correct", score: 1, feedback: [] });
    });

    it("counts only pairs with a required order: 10 pairs less the one inside the group", () => {
      // resume before the swapped `set` commands: two required pairs the wrong way round of nine.
      expect(gradeOrdering(paused, [0, 3, 2, 1, 4]).score).toBeCloseTo(1 - 2 / 9);
    });

    it("reports the first position that differs from the nearest valid order, not from the stored one", () => {
      expect(gradeOrdering(paused, [0, 2, 1, 4, 3]).feedback).toEqual([
        { code: "first-wrong-position", params: { position: 4 } },
      ]);
    });

    it("gives nothing for the reversed order however large the group", () => {
      expect(gradeOrdering({ stepCount: 5, anyOrder: [[1, 2, 3]] }, [4, 3, 2, 1, 0])).toMatchObject({
        verdict: "incorrect",
        score: 0,
      });
    });

    it("ignores group members outside the steps instead of failing", () => {
      expect(gradeOrdering({ stepCount: 3, anyOrder: [[1, 2, 7]] }, [0, 2, 1]).verdict).toBe("correct");
    });
  });
});
