import { describe, expect, it } from "vitest";
import { editDistance } from "@/lib/core/text/edit-distance";

describe("editDistance", () => {
  it.each([
    ["Recreate", "Recreate", 0],
    ["Recreate", "Recraete", 1],
    ["Recreate", "Recreat", 1],
    ["Recreate", "Recreates", 1],
    ["Recreate", "Rekreate", 1],
    ["サイドカー", "サイドカ", 1],
    ["localhost", "lcalhst", 2],
    ["", "abc", 3],
  ])("counts %s → %s as %i edit(s)", (a, b, distance) => {
    expect(editDistance(a, b, 5)).toBe(distance);
  });

  it("stops at limit + 1 when the strings are further apart", () => {
    expect(editDistance("OrderedReady", "Parallel", 1)).toBe(2);
    expect(editDistance("a", "a".repeat(1000), 1)).toBe(2);
  });
});
