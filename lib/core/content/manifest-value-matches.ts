import type { ManifestCheck, ManifestCompare } from "./deck-schema";
import { parseQuantity } from "./parse-quantity";
import { scaleIntOrPercent } from "./scale-int-or-percent";

type Comparison = Pick<ManifestCheck, "compare" | "replicas">;

/**
 * Whether a manifest value means the same as a check's `equals`, by the check's comparison:
 * `quantity` compares resource quantities exactly (`5Gi` = `5120Mi`); `surge` and `unavailable`
 * compare the Pod counts an int-or-percent stands for at the check's `replicas` (`"25%"` = `1`
 * at 4 replicas), rounding a percentage up for maxSurge and down for maxUnavailable as the
 * Deployment controller does. A value that is not valid for the comparison never matches.
 */
export function manifestValueMatches(expected: string | number | boolean, actual: unknown, check: Comparison): boolean {
  const same = <T>(read: (value: unknown) => T | null) => {
    const want = read(expected);
    return want !== null && want === read(actual);
  };
  switch (check.compare ?? "exact") {
    case "quantity":
      return same(parseQuantity);
    case "surge":
      return same((value) => scaleIntOrPercent(value, check.replicas ?? 0, true));
    case "unavailable":
      return same((value) => scaleIntOrPercent(value, check.replicas ?? 0, false));
    default:
      return actual === expected;
  }
}

/** Why `equals` cannot be compared the way the check asks, or null when it can. */
export function equalsProblem(expected: string | number | boolean, compare: ManifestCompare): string | null {
  if (compare === "quantity" && parseQuantity(expected) === null) {
    return `equals: ${JSON.stringify(expected)} is not a Kubernetes quantity such as 5Gi, 512Mi or 500m`;
  }
  if ((compare === "surge" || compare === "unavailable") && scaleIntOrPercent(expected, 1, true) === null) {
    return `equals: ${JSON.stringify(expected)} is not a Pod count or a percentage such as "25%" (compare: ${compare})`;
  }
  return null;
}
