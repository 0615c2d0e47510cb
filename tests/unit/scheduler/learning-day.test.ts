import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  endOfLearningDay,
  learningDayOf,
  startOfLearningDay,
} from "@/lib/core/scheduler/learning-day";
import { SchedulerError } from "@/lib/core/scheduler/scheduler-error";

describe("learningDayOf", () => {
  it("a review at 03:59 Tokyo time belongs to the previous day", () => {
    // 2025-03-02 03:59 JST
    expect(learningDayOf(new Date("2025-03-01T18:59:00.000Z"), "Asia/Tokyo", 4)).toBe("2025-03-01");
  });

  it("a review at 04:00 Tokyo time starts the new day", () => {
    expect(learningDayOf(new Date("2025-03-01T19:00:00.000Z"), "Asia/Tokyo", 4)).toBe("2025-03-02");
  });

  it("defaults to Tokyo with a 04:00 rollover", () => {
    expect(learningDayOf(new Date("2025-03-01T18:59:00.000Z"))).toBe("2025-03-01");
    expect(learningDayOf(new Date("2025-03-01T19:00:00.000Z"))).toBe("2025-03-02");
  });

  it("the day follows the learner's zone, not UTC", () => {
    const instant = new Date("2025-06-30T22:00:00.000Z"); // 07:00 JST on 1 July, 18:00 in New York on 30 June
    expect(learningDayOf(instant, "Asia/Tokyo", 4)).toBe("2025-07-01");
    expect(learningDayOf(instant, "America/New_York", 4)).toBe("2025-06-30");
  });

  it("a rollover at midnight makes the learning day the calendar day", () => {
    expect(learningDayOf(new Date("2025-03-01T15:00:00.000Z"), "Asia/Tokyo", 0)).toBe("2025-03-02");
  });

  it("a rollover before midnight steps back across a month and year boundary", () => {
    // 2025-01-01 02:00 JST
    expect(learningDayOf(new Date("2024-12-31T17:00:00.000Z"), "Asia/Tokyo", 4)).toBe("2024-12-31");
  });
});

describe("start and end of a learning day", () => {
  it("a Tokyo learning day starts at 04:00 local time and lasts 24 hours", () => {
    const start = startOfLearningDay("2025-03-02", "Asia/Tokyo", 4);
    expect(start.toISOString()).toBe("2025-03-01T19:00:00.000Z");
    expect(endOfLearningDay("2025-03-02", "Asia/Tokyo", 4).getTime() - start.getTime()).toBe(24 * 3_600_000);
  });

  it("the start of the day an instant belongs to is never after it", () => {
    for (const iso of ["2025-03-01T18:59:59.999Z", "2025-03-01T19:00:00.000Z", "2025-03-02T10:00:00.000Z"]) {
      const instant = new Date(iso);
      const day = learningDayOf(instant);
      expect(startOfLearningDay(day).getTime()).toBeLessThanOrEqual(instant.getTime());
      expect(endOfLearningDay(day).getTime()).toBeGreaterThan(instant.getTime());
    }
  });

  it("the learning day on which New York springs forward is 23 hours long", () => {
    const start = startOfLearningDay("2025-03-08", "America/New_York", 4);
    const end = endOfLearningDay("2025-03-08", "America/New_York", 4);
    expect(start.toISOString()).toBe("2025-03-08T09:00:00.000Z"); // 04:00 EST
    expect(end.toISOString()).toBe("2025-03-09T08:00:00.000Z"); // 04:00 EDT
  });
});

describe("day arithmetic and validation", () => {
  it("adds and counts days across month ends and leap days", () => {
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(daysBetween("2024-12-30", "2025-01-02")).toBe(3);
  });

  it("an unknown time zone is rejected", () => {
    expect(() => learningDayOf(new Date("2025-01-01T00:00:00Z"), "Mars/Olympus", 4)).toThrow(SchedulerError);
  });

  it("a rollover hour outside 0..23 is rejected", () => {
    expect(() => learningDayOf(new Date("2025-01-01T00:00:00Z"), "Asia/Tokyo", 24)).toThrow(/rolloverHour/);
  });

  it("a malformed or impossible day is rejected", () => {
    expect(() => startOfLearningDay("2025-02-30", "Asia/Tokyo", 4)).toThrow(SchedulerError);
    expect(() => addDays("2025/01/01", 1)).toThrow(SchedulerError);
  });
});

describe("learningDayOf around offset changes (the offset is kept per zone and quarter hour)", () => {
  // The local calendar day and hour straight from Intl (a formatter per zone, no offset kept).
  const formatters = new Map<string, Intl.DateTimeFormat>();
  function referenceWallClock(instant: number, timeZone: string): { day: string; hour: number } {
    if (!formatters.has(timeZone))
      formatters.set(
        timeZone,
        new Intl.DateTimeFormat("en-US", {
          timeZone,
          hourCycle: "h23",
          year: "numeric",
          month: "2-digit",
          day: "2-digit",
          hour: "2-digit",
        }),
      );
    const parts = Object.fromEntries(
      formatters
        .get(timeZone)!
        .formatToParts(new Date(instant))
        .map((p) => [p.type, p.value]),
    );
    return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour) };
  }
  const previousDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

  // DST starts and ends, a 30-minute DST (Lord Howe), a +05:45 zone, and Goose Bay's DST ending at
  // 00:01 local in 1990: a transition at 03:01 UTC, inside a quarter hour, that moves the day back.
  const cases: [string, string][] = [
    ["America/New_York", "2026-03-08T06:00:00Z"],
    ["America/New_York", "2026-11-01T05:00:00Z"],
    ["Europe/London", "2026-03-29T00:30:00Z"],
    ["Australia/Lord_Howe", "2026-04-04T14:30:00Z"],
    ["Asia/Kathmandu", "2026-06-01T18:00:00Z"],
    ["America/Goose_Bay", "1990-10-28T03:00:00Z"],
  ];

  it.each(cases)(
    "%s near %s: every 61 s over three hours, twice (the second pass reads what the first kept)",
    (timeZone, around) => {
      const from = Date.parse(around) - 90 * 60_000;
      for (let pass = 0; pass < 2; pass++) {
        for (let t = from; t < from + 180 * 60_000; t += 61_000) {
          const wall = referenceWallClock(t, timeZone);
          for (let rollover = 0; rollover < 24; rollover++) {
            const day = learningDayOf(new Date(t), timeZone, rollover);
            if (day !== (wall.hour < rollover ? previousDay(wall.day) : wall.day))
              expect({ t: new Date(t).toISOString(), rollover, day }).toBe("the reference day");
          }
        }
      }
    },
  );
});
