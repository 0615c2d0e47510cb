import { describe, expect, it } from "vitest";
import { planExam, REVIEW_BUFFER_DAYS, type ExamPlanInput } from "@/lib/core/planning/plan-exam";

const base: ExamPlanInput = {
  today: "2026-03-01",
  examDay: "2026-03-31",
  newRemaining: 270,
  inLearning: 5,
  newPerDay: 20,
  desiredRetention: 0.9,
};
const plan = (overrides: Partial<ExamPlanInput>) => planExam({ ...base, ...overrides });

describe("planExam", () => {
  it("spreads the new cards over the days before the review buffer", () => {
    const result = plan({});
    expect(REVIEW_BUFFER_DAYS).toBe(3);
    expect(result.daysLeft).toBe(30);
    expect(result.introductionDays).toBe(27);
    expect(result.lastNewDay).toBe("2026-03-27");
    expect(result.neededPerDay).toBe(10);
    expect(result.status).toBe("on-track");
    expect(result.finishDay).toBe("2026-03-14"); // 270 / 20 = 13.5 → 14 days starting today
  });

  it("is behind when the new-card limit finishes after the last new-card day", () => {
    const result = plan({ newPerDay: 9 });
    expect(result.status).toBe("behind");
    expect(result.neededPerDay).toBe(10);
    expect(result.finishDay).toBe("2026-03-30");
  });

  it("rounds the needed rate up so that the last day is not overloaded", () => {
    expect(plan({ newRemaining: 271 }).neededPerDay).toBe(11);
    expect(plan({ newRemaining: 271, newPerDay: 10 }).status).toBe("behind");
    expect(plan({ newRemaining: 270, newPerDay: 10 }).status).toBe("on-track");
  });

  it("is done when nothing is left to introduce, whatever the date", () => {
    for (const examDay of ["2026-03-01", "2026-03-02", "2026-12-01"]) {
      const result = plan({ examDay, newRemaining: 0, newPerDay: 0 });
      expect(result.status).toBe("done");
      expect(result.neededPerDay).toBe(0);
      expect(result.inLearning).toBe(5);
    }
  });

  it("on exam day and the day before, new cards are past their time: final days", () => {
    const today = plan({ examDay: "2026-03-01" });
    expect(today).toMatchObject({
      daysLeft: 0,
      status: "final-days",
      introductionDays: 0,
      lastNewDay: null,
      neededPerDay: null,
    });
    const tomorrow = plan({ examDay: "2026-03-02" });
    expect(tomorrow).toMatchObject({ daysLeft: 1, status: "final-days", neededPerDay: null });
  });

  it("the first day outside the buffer leaves today alone for all remaining cards", () => {
    const result = plan({ examDay: "2026-03-05", newRemaining: 40 });
    expect(result).toMatchObject({
      daysLeft: 4,
      introductionDays: 1,
      lastNewDay: "2026-03-01",
      neededPerDay: 40,
      status: "behind",
    });
  });

  it("a limit of zero never finishes", () => {
    expect(plan({ newPerDay: 0 })).toMatchObject({ status: "behind", finishDay: null });
  });

  it("passes the idle recall through and leaves it null when unknown", () => {
    expect(plan({ recallAtExamIfIdle: 0.72 }).recallAtExamIfIdle).toBe(0.72);
    expect(plan({}).recallAtExamIfIdle).toBeNull();
  });

  it("counts days across a month and a leap day", () => {
    expect(plan({ today: "2028-02-27", examDay: "2028-03-02" }).daysLeft).toBe(4);
  });

  it("refuses negative or fractional counts with the field's name", () => {
    expect(() => plan({ newRemaining: -1 })).toThrow(/newRemaining/);
    expect(() => plan({ newPerDay: 2.5 })).toThrow(/newPerDay/);
  });
});
