import { describe, expect, it } from "vitest";
import { heatmapCells } from "@/lib/core/stats/heatmap";

describe("heatmapCells", () => {
  it("has one cell per day for the last 365 days, ending today, with 0 for quiet days", () => {
    const cells = heatmapCells(
      new Map([
        ["2026-03-10", 5],
        ["2025-03-11", 2],
        ["2025-03-10", 9],
      ]),
      "2026-03-10",
    );
    expect(cells).toHaveLength(365);
    expect(cells[0]).toMatchObject({ day: "2025-03-11", count: 2 });
    expect(cells.at(-1)).toMatchObject({ day: "2026-03-10", count: 5 });
    expect(cells.filter((c) => c.count === 0)).toHaveLength(363);
  });

  it("lays the days out in Monday-to-Sunday columns", () => {
    // 2026-03-04 is a Wednesday: the first column starts on Monday 2026-03-02.
    const cells = heatmapCells(new Map(), "2026-03-10", 7);
    expect(cells.map((c) => [c.day, c.week, c.weekday])).toEqual([
      ["2026-03-04", 0, 2],
      ["2026-03-05", 0, 3],
      ["2026-03-06", 0, 4],
      ["2026-03-07", 0, 5],
      ["2026-03-08", 0, 6],
      ["2026-03-09", 1, 0],
      ["2026-03-10", 1, 1],
    ]);
  });

  it("a year of days spans 53 columns at most", () => {
    const weeks = new Set(heatmapCells(new Map(), "2026-03-10").map((c) => c.week));
    expect(Math.max(...weeks)).toBeLessThanOrEqual(52);
  });

  it("grades the days with reviews by rank in quarters, so one busy day does not pale the rest", () => {
    const cells = heatmapCells(
      new Map([
        ["2026-03-07", 1],
        ["2026-03-08", 2],
        ["2026-03-09", 3],
        ["2026-03-10", 500],
      ]),
      "2026-03-10",
      5,
    );
    expect(cells.map((c) => c.level)).toEqual([0, 1, 2, 3, 4]);
  });

  it("days with the same count share the higher level", () => {
    const cells = heatmapCells(
      new Map([
        ["2026-03-08", 20],
        ["2026-03-09", 20],
        ["2026-03-10", 20],
      ]),
      "2026-03-10",
      3,
    );
    expect(cells.map((c) => c.level)).toEqual([4, 4, 4]);
  });
});
