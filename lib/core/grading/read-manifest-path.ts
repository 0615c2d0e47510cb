/**
 * Reads a dotted check path (`spec.strategy.type`, `spec.template.spec.containers.0.image`) from a
 * parsed manifest; undefined when any step is missing. Only own properties are followed, so a path
 * such as `metadata.constructor` can never reach Object.prototype.
 */
export function readManifestPath(manifest: unknown, path: string): unknown {
  let current: unknown = manifest;
  for (const segment of path.split(".")) {
    if (Array.isArray(current)) {
      if (!/^\d+$/.test(segment)) return undefined;
      current = current[Number(segment)];
    } else if (typeof current === "object" && current !== null && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}
