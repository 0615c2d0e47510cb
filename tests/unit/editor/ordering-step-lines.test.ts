import { describe, expect, it } from "vitest";
import { formToItem, itemToForm } from "@/lib/core/editor/item-form";
import { linesToSteps, stepsToLines } from "@/lib/core/editor/ordering-step-lines";
import type { DeckItemInputOf } from "@/lib/core/content";

const PAUSED_UPDATE: DeckItemInputOf<"ordering"> = {
  id: "pause-ordering",
  type: "ordering",
  section: "general",
  prompt: "Order the steps.",
  steps: ["pause", { anyOrder: ["set image", "set resources"] }, "resume", { anyOrder: ["watch", "check"] }],
};

describe("ordering steps in the editor", () => {
  it("writes a group as its first step then ~ lines, and reads the same steps back", () => {
    const text = stepsToLines(PAUSED_UPDATE.steps);
    expect(text).toBe("pause\nset image\n~ set resources\nresume\nwatch\n~ check");
    expect(linesToSteps(text.split("\n"))).toEqual(PAUSED_UPDATE.steps);
  });

  it("round-trips an item through its form values", () => {
    const converted = formToItem("ordering", itemToForm(PAUSED_UPDATE));
    expect(converted).toEqual({ ok: true, item: expect.objectContaining({ steps: PAUSED_UPDATE.steps }) });
  });

  it("keeps a ~ line with no step above it as a plain step, and a third ~ line in the same group", () => {
    expect(linesToSteps(["~ a", "b", "~c", "~ d"])).toEqual(["a", { anyOrder: ["b", "c", "d"] }]);
  });
});
