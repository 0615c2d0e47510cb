import { describe, expect, it } from "vitest";
import { failuresAfterRun, restartDelay } from "../../../scripts/lib/supervise.mjs";

describe("restartDelay", () => {
  it("doubles from 0.5 s on failures in a row and stops at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => restartDelay(n))).toEqual([
      500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000,
    ]);
  });
});

describe("failuresAfterRun", () => {
  it("counts a run that died before it was ready as one more failure in a row", () => {
    expect(failuresAfterRun(3, { ranMs: 800, becameReady: false })).toBe(4);
  });

  it("starts over after a run that was serving, however short, or that stayed up a minute", () => {
    expect(failuresAfterRun(6, { ranMs: 1500, becameReady: true })).toBe(1);
    expect(failuresAfterRun(6, { ranMs: 61_000, becameReady: false })).toBe(1);
  });
});
