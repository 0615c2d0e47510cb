import { describe, expect, it } from "vitest";
import { examDateProblem } from "@/lib/core/planning/exam-date";

describe("examDateProblem", () => {
  it("accepts today, tomorrow and two years ahead to the day", () => {
    expect(examDateProblem("2026-03-01", "2026-03-01")).toBeNull();
    expect(examDateProblem("2026-03-02", "2026-03-01")).toBeNull();
    expect(examDateProblem("2028-03-01", "2026-03-01")).toBeNull();
  });

  it("refuses a day before the learner's today", () => {
    expect(examDateProblem("2026-02-28", "2026-03-01")).toBe("invalid-exam-past");
  });

  it("refuses a day more than two years ahead", () => {
    expect(examDateProblem("2028-03-02", "2026-03-01")).toBe("invalid-exam-too-far");
    expect(examDateProblem("2062-03-01", "2026-03-01")).toBe("invalid-exam-too-far");
  });

  it("from a leap day, 28 February two years on is allowed and 1 March is too far", () => {
    expect(examDateProblem("2030-02-28", "2028-02-29")).toBeNull();
    expect(examDateProblem("2030-03-01", "2028-02-29")).toBe("invalid-exam-too-far");
  });
});
