import { describe, expect, it } from "vitest";
import { formatIntervalLabel } from "@/lib/core/scheduler/format-interval-label";

const DAY = 1440;

describe("formatIntervalLabel", () => {
  it("labels intervals in Japanese", () => {
    expect(formatIntervalLabel(10, "ja")).toBe("10分");
    expect(formatIntervalLabel(DAY, "ja")).toBe("1日");
    expect(formatIntervalLabel(3 * DAY, "ja")).toBe("3日");
    expect(formatIntervalLabel(60 * DAY, "ja")).toBe("2か月");
    expect(formatIntervalLabel(438 * DAY, "ja")).toBe("1.2年");
  });

  it("labels intervals in English", () => {
    expect(formatIntervalLabel(10, "en")).toBe("10m");
    expect(formatIntervalLabel(DAY, "en")).toBe("1d");
    expect(formatIntervalLabel(3 * DAY, "en")).toBe("3d");
    expect(formatIntervalLabel(60 * DAY, "en")).toBe("2mo");
    expect(formatIntervalLabel(438 * DAY, "en")).toBe("1.2y");
  });

  it("labels hours with one decimal and drops a trailing zero", () => {
    expect(formatIntervalLabel(90, "en")).toBe("1.5h");
    expect(formatIntervalLabel(120, "ja")).toBe("2時間");
  });

  it("picks the unit at the bucket edges", () => {
    expect(formatIntervalLabel(59, "en")).toBe("59m");
    expect(formatIntervalLabel(29 * DAY, "en")).toBe("29d");
    expect(formatIntervalLabel(30 * DAY, "en")).toBe("1mo");
    expect(formatIntervalLabel(365 * DAY, "en")).toBe("1y");
  });
});
