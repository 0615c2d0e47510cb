import { describe, expect, it } from "vitest";
import { MATURE_STABILITY_DAYS, masteryBySection, masteryLevel } from "@/lib/core/stats/mastery";

describe("masteryLevel", () => {
  it("a card is mature from a stability of 21 days in the review state", () => {
    expect(MATURE_STABILITY_DAYS).toBe(21);
    expect(masteryLevel("review", 21)).toBe("mature");
    expect(masteryLevel("review", 20.99)).toBe("young");
  });

  it("cards in (re)learning steps are learning whatever their stability; no state is new", () => {
    expect(masteryLevel("relearning", 40)).toBe("learning");
    expect(masteryLevel("learning", 0.5)).toBe("learning");
    expect(masteryLevel(null, 0)).toBe("new");
    expect(masteryLevel("new", 0)).toBe("new");
  });
});

describe("masteryBySection", () => {
  const sections = [
    { id: "pod", title: "Pod" },
    { id: "dns", title: "DNS" },
  ];

  it("keeps the notes' order, counts each level and gives the mature share", () => {
    const result = masteryBySection(sections, [
      { section: "dns", level: "mature", count: 3 },
      { section: "dns", level: "new", count: 1 },
      { section: "pod", level: "young", count: 2 },
      { section: "dns", level: "mature", count: 1 },
    ]);
    expect(result.map((s) => s.sectionId)).toEqual(["pod", "dns"]);
    expect(result[1]).toEqual({
      sectionId: "dns",
      title: "DNS",
      counts: { new: 1, learning: 0, young: 0, mature: 4 },
      total: 5,
      mastered: 0.8,
    });
    expect(result[0].mastered).toBe(0);
  });

  it("a section without cards is 0% mastered, and cards of an unlisted section come last under its id", () => {
    const result = masteryBySection(sections, [{ section: "gone", level: "mature", count: 2 }]);
    expect(result.map((s) => [s.sectionId, s.title, s.total, s.mastered])).toEqual([
      ["pod", "Pod", 0, 0],
      ["dns", "DNS", 0, 0],
      ["gone", "gone", 2, 1],
    ]);
  });
});
