import { describe, expect, it } from "vitest";
import { meanRecallAt } from "@/lib/core/planning/expected-recall";
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { newMemoryState, type MemoryState } from "@/lib/core/scheduler/memory-state";

const NOW = new Date("2026-03-01T00:00:00Z");
const settings = schedulerSettings({ enableFuzz: false });
const DAY = 86_400_000;

function reviewed(stability: number, lastReview: Date): MemoryState {
  return {
    ...newMemoryState(NOW),
    state: "review",
    stability,
    difficulty: 5,
    reps: 3,
    lastReview,
    due: new Date(lastReview.getTime() + stability * DAY),
  };
}

describe("meanRecallAt", () => {
  it("is null when no card has been reviewed", () => {
    expect(meanRecallAt([newMemoryState(NOW)], NOW, settings)).toBeNull();
    expect(meanRecallAt([], NOW, settings)).toBeNull();
  });

  it("is about 90% one stability after the last review (FSRS's definition of stability)", () => {
    const recall = meanRecallAt([reviewed(10, NOW)], new Date(NOW.getTime() + 10 * DAY), settings)!;
    expect(recall).toBeCloseTo(0.9, 2);
  });

  it("falls the longer the exam is away and averages over cards, ignoring new ones", () => {
    const cards = [reviewed(10, NOW), reviewed(40, NOW), newMemoryState(NOW)];
    const soon = meanRecallAt(cards, new Date(NOW.getTime() + 5 * DAY), settings)!;
    const late = meanRecallAt(cards, new Date(NOW.getTime() + 60 * DAY), settings)!;
    expect(soon).toBeGreaterThan(late);
    expect(soon).toBeLessThan(1);
  });
});
