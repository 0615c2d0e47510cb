import { describe, expect, it } from "vitest";
import { isLeech } from "@/lib/core/scheduler/leech";
import { answerSequence, noFuzz } from "./fixtures";

describe("isLeech", () => {
  it("the 8th lapse makes a leech", () => {
    expect(isLeech(7)).toBe(false);
    expect(isLeech(8)).toBe(true);
  });

  it("a card forgotten eight times after graduating is a leech", () => {
    // Easy graduates the card; each Again lapses it, each Good on the relearning step returns it to review.
    const ratings = [4, ...Array.from({ length: 8 }, () => [1, 3] as const).flat()] as (1 | 3 | 4)[];
    const { final, logs } = answerSequence("card-leech", ratings, noFuzz);
    expect(final.lapses).toBe(8);
    expect(isLeech(final.lapses)).toBe(true);
    expect(isLeech(logs.at(-2)!.stateBefore.lapses)).toBe(false);
  });

  it("a custom threshold is honoured", () => {
    expect(isLeech(4, 5)).toBe(false);
    expect(isLeech(5, 5)).toBe(true);
  });
});
