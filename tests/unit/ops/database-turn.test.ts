import { describe, expect, it } from "vitest";
import { createTurns } from "@/lib/server/db/database-turn";

describe("createTurns (PostgreSQL pacing)", () => {
  it("runs at most `limit` pieces of work at once, the rest in arrival order, and every one finishes", async () => {
    const withTurn = createTurns(3);
    let running = 0;
    let peak = 0;
    const started: number[] = [];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withTurn(async () => {
          started.push(i);
          running += 1;
          peak = Math.max(peak, running);
          await new Promise((resolve) => setTimeout(resolve, 1 + (i % 3)));
          running -= 1;
          return i;
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(peak).toBe(3);
    expect(started).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it("passes the turn on when a piece of work fails", async () => {
    const withTurn = createTurns(1);
    const failed = withTurn(async () => {
      throw new Error("no");
    });
    await expect(failed).rejects.toThrow("no");
    expect(await withTurn(async () => "next")).toBe("next");
  });
});
