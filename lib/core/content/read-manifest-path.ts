import type { ManifestCheck } from "./deck-schema";
import { manifestValueMatches } from "./manifest-value-matches";

export type PathRead = { found: true; value: unknown } | { found: false };

/**
 * Reads a dotted path (`spec.template.spec.containers.0.image`) from a manifest. Numeric segments
 * index lists; only own properties count, so `constructor` never resolves to Object's.
 */
export function readManifestPath(manifest: unknown, path: string): PathRead {
  let node: unknown = manifest;
  for (const segment of path.split(".")) {
    if (Array.isArray(node) && /^\d+$/.test(segment) && Number(segment) < node.length) node = node[Number(segment)];
    else if (node !== null && typeof node === "object" && !Array.isArray(node) && Object.hasOwn(node, segment)) {
      node = (node as Record<string, unknown>)[segment];
    } else return { found: false };
  }
  return { found: true, value: node };
}

/**
 * A manifest check as the grader and the deck check read it. The deck format allows only
 * `exists: true` / `absent: true`; a stored key with `exists: false` means absent.
 */
export type ManifestPathCheck = Omit<ManifestCheck, "exists" | "absent"> & { exists?: boolean; absent?: boolean };

/**
 * Whether a manifest check holds: equals compares by the check's `compare` (strictly by default,
 * 3 is not "3"; see manifestValueMatches); a null value is absent, as in Kubernetes. A check
 * naming only a path asks for it to be there.
 */
export function evaluateManifestCheck(manifest: unknown, check: ManifestPathCheck): boolean {
  const read = readManifestPath(manifest, check.path);
  const value = read.found ? read.value : undefined;
  const present = value !== undefined && value !== null;
  if (check.equals !== undefined) return present && manifestValueMatches(check.equals, value, check);
  const wantsAbsent = check.absent === true || check.exists === false;
  return present !== wantsAbsent;
}
