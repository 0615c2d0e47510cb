import { describe, expect, it } from "vitest";
import { isCramDone, rateCram, startCram } from "@/lib/core/cram/cram-queue";

describe("cram queue", () => {
  it("goes through every card once in the given order when none is rated Again", () => {
    let q = startCram(["a", "b", "c"]);
    const seen: string[] = [];
    while (!isCramDone(q)) {
      seen.push(q.pending[0]);
      q = rateCram(q, q.pending[0], 3);
    }
    expect(seen).toEqual(["a", "b", "c"]);
    expect(q).toMatchObject({ answered: 3, again: 0, finished: ["a", "b", "c"], total: 3 });
  });

  it("a card rated Again comes back at the end until it is rated otherwise", () => {
    let q = startCram(["a", "b", "c"]);
    q = rateCram(q, "a", 1);
    expect(q.pending).toEqual(["b", "c", "a"]);
    q = rateCram(q, "b", 4);
    q = rateCram(q, "c", 2);
    q = rateCram(q, "a", 1);
    expect(q.pending).toEqual(["a"]);
    q = rateCram(q, "a", 3);
    expect(isCramDone(q)).toBe(true);
    expect(q).toMatchObject({ answered: 5, again: 2, finished: ["b", "c", "a"] });
  });

  it("counts a duplicated card id once", () => {
    expect(startCram(["a", "a", "b"]).total).toBe(2);
  });

  it("refuses to rate a card that is not the current one", () => {
    expect(() => rateCram(startCram(["a", "b"]), "b", 3)).toThrow(/not the current card/);
  });
});
