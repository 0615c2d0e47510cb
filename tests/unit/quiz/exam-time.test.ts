import { describe, expect, it } from "vitest";
import { examTimeLimitMs, examWarning, formatTimeLeft } from "@/lib/core/quiz/exam-time";

describe("exam time", () => {
  it("gives 90 seconds per question", () => {
    expect(examTimeLimitMs(4)).toBe(6 * 60_000);
  });

  it.each([
    [6 * 60_000, "6:00"],
    [5 * 60_000 + 1, "5:01"],
    [999, "0:01"],
    [0, "0:00"],
    [-5, "0:00"],
    [75 * 60_000, "1:15:00"],
  ])("shows %i ms as %s (rounded up: 0:00 only when time is up)", (ms, text) => {
    expect(formatTimeLeft(ms)).toBe(text);
  });

  it.each([
    [5 * 60_000 + 1, null],
    [5 * 60_000, 5],
    [60_001, 5],
    [60_000, 1],
    [1, 1],
    [0, null],
  ])("at %i ms left the warning is %s", (ms, warning) => {
    expect(examWarning(ms, 15 * 60_000)).toBe(warning);
  });

  it("gives no warning for a threshold the exam starts under", () => {
    expect(examWarning(2 * 60_000, 3 * 60_000)).toBeNull();
    expect(examWarning(30_000, 3 * 60_000)).toBe(1);
  });
});
