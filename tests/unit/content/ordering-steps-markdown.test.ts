import { describe, expect, it } from "vitest";
import { orderingStepsMarkdown } from "@/lib/core/content/ordering-steps-markdown";

describe("orderingStepsMarkdown", () => {
  it("numbers the steps in order", () => {
    expect(orderingStepsMarkdown(["a", "b", "c"], [], "any order")).toBe("1. a\n2. b\n3. c");
  });

  it("gives the steps of a group one number and lists them under the any-order label", () => {
    expect(orderingStepsMarkdown(["pause", "image", "resources", "resume"], [[1, 2]], "順不同")).toBe(
      "1. pause\n2. (順不同)\n   - image\n   - resources\n3. resume",
    );
  });
});
