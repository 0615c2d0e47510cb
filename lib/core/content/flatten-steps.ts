import type { OrderingStep } from "./deck-schema";
import type { NodePath } from "./locate-node";

/**
 * An ordering item's steps as the learner sees them (one flat list, author order) and the groups
 * of flat indexes that may come in any order among themselves. A group's indexes are consecutive
 * because a group is written at one place in `steps`.
 */
export type FlatSteps = { steps: string[]; anyOrder: number[][]; paths: NodePath[] };

/** Flattens `steps` entries; `paths` gives each flat step's place in the item's YAML for errors. */
export function flattenSteps(entries: readonly OrderingStep[]): FlatSteps {
  const flat: FlatSteps = { steps: [], anyOrder: [], paths: [] };
  entries.forEach((entry, index) => {
    if (typeof entry === "string") {
      flat.paths.push(["steps", index]);
      flat.steps.push(entry);
      return;
    }
    const start = flat.steps.length;
    flat.anyOrder.push(entry.anyOrder.map((_, j) => start + j));
    entry.anyOrder.forEach((step, j) => {
      flat.paths.push(["steps", index, "anyOrder", j]);
      flat.steps.push(step);
    });
  });
  return flat;
}
