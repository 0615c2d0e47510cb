import { describe, expect, it } from "vitest";
import { retentionByWeek } from "@/lib/core/stats/retention-by-week";
import { isoWeekOf } from "@/lib/core/stats/iso-week";

describe("retentionByWeek", () => {
  it("gives the last 12 ISO weeks, oldest first, ending with the current week", () => {
    const weeks = retentionByWeek([], "2026-03-11");
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toMatchObject({ weekStart: "2026-03-09", isoYear: 2026, isoWeek: 11, rate: null });
    expect(weeks[0].weekStart).toBe("2025-12-22");
  });

  it("adds up each week's days and divides passed by total", () => {
    const weeks = retentionByWeek(
      [
        { day: "2026-03-09", total: 3, passed: 2 }, // Monday
        { day: "2026-03-11", total: 1, passed: 1 },
        { day: "2026-03-08", total: 4, passed: 1 }, // Sunday: the week before
      ],
      "2026-03-11",
    );
    expect(weeks.at(-1)).toMatchObject({ total: 4, passed: 3, rate: 0.75 });
    expect(weeks.at(-2)).toMatchObject({ weekStart: "2026-03-02", total: 4, passed: 1, rate: 0.25 });
  });

  it("ignores days older than the window or after today", () => {
    const weeks = retentionByWeek(
      [
        { day: "2025-01-01", total: 9, passed: 9 },
        { day: "2026-03-12", total: 9, passed: 0 },
      ],
      "2026-03-11",
    );
    expect(weeks.reduce((sum, w) => sum + w.total, 0)).toBe(0);
  });
});

describe("isoWeekOf", () => {
  it("follows ISO 8601 at year boundaries", () => {
    expect(isoWeekOf("2021-01-03")).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf("2021-01-04")).toEqual({ year: 2021, week: 1 });
    expect(isoWeekOf("2024-12-30")).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf("2026-12-31")).toEqual({ year: 2026, week: 53 });
  });
});
