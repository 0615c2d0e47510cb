import { describe, expect, it } from "vitest";
import { fillDays, forecastRanges, learningDayRanges } from "@/lib/core/stats/day-ranges";
import { endOfLearningDay, startOfLearningDay } from "@/lib/core/scheduler/learning-day";

describe("learningDayRanges", () => {
  it("each learning day runs from the rollover hour in the learner's zone to the next", () => {
    const [day] = learningDayRanges("2026-03-10", 1, "Asia/Tokyo", 4);
    expect(day).toEqual({
      day: "2026-03-10",
      start: new Date("2026-03-09T19:00:00Z"),
      end: new Date("2026-03-10T19:00:00Z"),
    });
  });

  it("the learning day holding the spring DST change (02:00 on 8 March) is 23 hours long and the ranges leave no gap", () => {
    const ranges = learningDayRanges("2026-03-06", 3, "America/New_York", 4);
    expect(ranges.map((r) => (r.end.getTime() - r.start.getTime()) / 3_600_000)).toEqual([24, 23, 24]);
    expect(ranges[1].start).toEqual(ranges[0].end);
  });

  it("gives every day of a year the exact start and end in zones with DST, half-hour DST and odd offsets", () => {
    for (const zone of ["America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu", "Europe/London", "Asia/Tokyo"]) {
      const ranges = learningDayRanges("2025-06-04", 365, zone, 4);
      for (const range of ranges) {
        expect(range.start, `${zone} ${range.day}`).toEqual(startOfLearningDay(range.day, zone, 4));
        expect(range.end, `${zone} ${range.day}`).toEqual(endOfLearningDay(range.day, zone, 4));
      }
    }
  });
});

describe("forecastRanges", () => {
  it("folds everything overdue into today and covers the next 30 days", () => {
    const ranges = forecastRanges("2026-03-10", 30, "UTC", 0);
    expect(ranges).toHaveLength(30);
    expect(ranges[0].start.getTime()).toBe(0);
    expect(ranges[0].end).toEqual(new Date("2026-03-11T00:00:00Z"));
    expect(ranges.at(-1)).toMatchObject({ day: "2026-04-08", end: new Date("2026-04-09T00:00:00Z") });
  });
});

describe("fillDays", () => {
  it("lists every day with 0 where nothing is due", () => {
    expect(fillDays(new Map([["2026-03-11", 4]]), "2026-03-10", 3)).toEqual([
      { day: "2026-03-10", count: 0 },
      { day: "2026-03-11", count: 4 },
      { day: "2026-03-12", count: 0 },
    ]);
  });
});
