import { describe, expect, it } from "vitest";
import { studyStreak } from "@/lib/core/stats/streak";

const days = (...list: string[]) => new Set(list);

describe("studyStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(studyStreak(days("2026-03-08", "2026-03-09", "2026-03-10"), "2026-03-10", "2025-03-11")).toEqual({
      days: 3,
      includesToday: true,
      isOpenEnded: false,
    });
  });

  it("keeps a streak that ended yesterday alive until today ends", () => {
    expect(studyStreak(days("2026-03-08", "2026-03-09"), "2026-03-10", "2025-03-11")).toEqual({
      days: 2,
      includesToday: false,
      isOpenEnded: false,
    });
  });

  it("is 0 when neither today nor yesterday has a review", () => {
    expect(studyStreak(days("2026-03-07", "2026-03-08"), "2026-03-10", "2025-03-11").days).toBe(0);
  });

  it("stops at the first day without a review", () => {
    expect(
      studyStreak(
        days("2026-03-05", "2026-03-07", "2026-03-08", "2026-03-09", "2026-03-10"),
        "2026-03-10",
        "2025-03-11",
      ).days,
    ).toBe(4);
  });

  it("counts across a month and a year boundary", () => {
    expect(studyStreak(days("2025-12-30", "2025-12-31", "2026-01-01"), "2026-01-01", "2025-01-02").days).toBe(3);
  });

  it("says the run may be longer when it reaches the first day looked at", () => {
    const all = new Set(["2026-03-08", "2026-03-09", "2026-03-10"]);
    expect(studyStreak(all, "2026-03-10", "2026-03-08")).toEqual({ days: 3, includesToday: true, isOpenEnded: true });
    expect(studyStreak(new Set(["2026-03-07", ...all]), "2026-03-10", "2026-03-08").days).toBe(3);
  });
});
