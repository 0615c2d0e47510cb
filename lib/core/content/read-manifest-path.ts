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
 * Whether a manifest check holds: equals compares by the check's `compare` (strictly by default,
 * 3 is not "3"; see manifestValueMatches); a null value is absent.
 */
export function evaluateManifestCheck(manifest: unknown, check: ManifestCheck): boolean {
  const read = readManifestPath(manifest, check.path);
  const present = read.found && read.value !== null && read.value !== undefined;
  if (check.equals !== undefined) return present && read.found && manifestValueMatches(check.equals, read.value, check);
  if (check.exists) return present;
  if (check.absent) return !present;
  return false;
}
