import { isMap, isScalar, isSeq, type Document } from "yaml";

export type NodePath = readonly (string | number)[];

/**
 * Offset (within the block) of the node at `path` in a parsed YAML document, used to put schema
 * errors where the author must edit. `at: "key"` points at the key of the last segment (for
 * unknown fields). When the path does not exist (a missing field), the deepest existing node on
 * it is used, so a missing `front` points at the item itself.
 */
export function locateNode(doc: Document.Parsed, path: NodePath, at: "key" | "value" = "value"): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) return offset;
      const keyOffset = rangeStart(pair.key) ?? offset;
      if (i === path.length - 1 && at === "key") return keyOffset;
      node = pair.value;
      offset = rangeStart(node) ?? keyOffset;
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      node = node.items[segment];
      offset = rangeStart(node) ?? offset;
    } else return offset;
  }
  return offset;
}

/** Whether `path` exists in the document (the value may be null). */
export function hasNode(doc: Document.Parsed, path: NodePath): boolean {
  let node: unknown = doc.contents;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === segment);
      if (!pair) return false;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number" && segment < node.items.length) {
      node = node.items[segment];
    } else return false;
  }
  return true;
}

function rangeStart(node: unknown): number | undefined {
  return isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
}
