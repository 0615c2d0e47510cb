import type { ManifestCheck } from "./deck-schema";
import { equalsProblem } from "./manifest-value-matches";

/** A problem with how a check compares, at the check's key it is about. */
export type CompareProblem = { key: "compare" | "replicas" | "equals"; message: string };

/**
 * `compare` only refines `equals`; `surge` and `unavailable` need the replica count their
 * percentage is taken of (`replicas`), which means nothing to the other comparisons; and `equals`
 * itself must be a value the comparison understands, or no answer could ever match it.
 */
export function checkManifestCompare(check: ManifestCheck): CompareProblem | null {
  const compare = check.compare ?? "exact";
  const isScaled = compare === "surge" || compare === "unavailable";
  if (check.compare !== undefined && check.equals === undefined) {
    return { key: "compare", message: `compare: ${compare} only applies to equals` };
  }
  if (isScaled && check.replicas === undefined) {
    return { key: "compare", message: `compare: ${compare} needs replicas (the replica count a percentage is taken of)` };
  }
  if (!isScaled && check.replicas !== undefined) {
    return { key: "replicas", message: "replicas is only used with compare: surge or compare: unavailable" };
  }
  const problem = check.equals === undefined ? null : equalsProblem(check.equals, compare);
  return problem === null ? null : { key: "equals", message: problem };
}
