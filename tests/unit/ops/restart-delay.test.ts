import { describe, expect, it } from "vitest";
import { restartDelay } from "../../../scripts/lib/supervise";

describe("restartDelay", () => {
  it("doubles from 0.5 s on failures in a row and stops at 30 s", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map((n) => restartDelay(n))).toEqual([500, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
