import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, Parser, parseDocument, type Node } from "yaml";
import type { Feedback } from "./grade-result";

export const MAX_MANIFEST_BYTES = 64 * 1024;
/** Collections nested inside each other; a real Deployment reaches about 10. */
export const MAX_MANIFEST_DEPTH = 30;

/** Keys that could reach Object.prototype once the YAML becomes a plain object. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);
/** Explicit tags that only restate what the core schema infers anyway (`!!str 3`). */
const ALLOWED_TAGS = new Set(
  ["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`),
);

export type ParsedManifest = { ok: true; value: Record<string, unknown> } | { ok: false; feedback: Feedback };

type Position = { line: number; column: number };

/**
 * Parses a learner's manifest as untrusted input. Rejections (never throws):
 * - `unsafe-yaml` with `reason`: `size` (> 64 KiB UTF-8), `depth` (> 30 nested collections),
 *   `alias`, `anchor`, `tag` (anything beyond the core scalar/collection tags), `complex-key`,
 *   `forbidden-key` (`__proto__`, `constructor`, `prototype`; with `key`), plus `line`/`column`;
 * - `yaml-error` with `line`, `column`, `message` for syntax errors, duplicate keys, several documents;
 * - `not-a-manifest` when the document is not a mapping.
 * Depth is measured on the CST first because the `yaml` composer recurses: thousands of `[`
 * would otherwise exhaust the stack (and yield thousands of errors) before we could refuse them.
 */
export function parseManifestYaml(text: string): ParsedManifest {
  if (text.length > MAX_MANIFEST_BYTES || new TextEncoder().encode(text).length > MAX_MANIFEST_BYTES) {
    return reject({ code: "unsafe-yaml", params: { reason: "size" } });
  }
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const deepOffset = findTooDeepOffset(text);
  if (deepOffset !== undefined) {
    return reject({ code: "unsafe-yaml", params: { reason: "depth", ...positionIn(text, deepOffset) } });
  }
  const doc = parseDocument(text, { schema: "core", merge: false, uniqueKeys: true, strict: true, lineCounter });
  const [error] = doc.errors;
  if (error) {
    const pos = error.linePos?.[0];
    const message = error.message.split("\n")[0];
    return reject({ code: "yaml-error", params: { line: pos?.line ?? 0, column: pos?.col ?? 0, message } });
  }
  if (!isMap(doc.contents)) return reject({ code: "not-a-manifest" });
  const unsafe = findUnsafeNode(doc.contents, at);
  if (unsafe) return reject(unsafe);
  return { ok: true, value: doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> };
}

function reject(feedback: Feedback): ParsedManifest {
  return { ok: false, feedback };
}

/** Walks the composed tree for YAML features a manifest never needs; the CST check already bounds its recursion. */
function findUnsafeNode(node: Node, at: (offset: number) => Position, depth = 0): Feedback | undefined {
  const unsafe = (reason: string): Feedback => ({
    code: "unsafe-yaml",
    params: { reason, ...at(node.range?.[0] ?? 0) },
  });
  if (isAlias(node)) return unsafe("alias");
  if (node.anchor) return unsafe("anchor");
  if (node.tag && !ALLOWED_TAGS.has(node.tag)) return unsafe("tag");
  if (isScalar(node)) return undefined;
  if (!isMap(node) && !isSeq(node)) return unsafe("tag");
  // Also counts maps that flow syntax leaves implicit (`[a: 1]`), which the CST check does not see.
  if (depth + 1 > MAX_MANIFEST_DEPTH) return unsafe("depth");
  for (const item of node.items) {
    const found = isPair(item)
      ? findUnsafePair(item.key as Node | null, item.value as Node | null, at, depth + 1)
      : findUnsafeNode(item as Node, at, depth + 1);
    if (found) return found;
  }
  return undefined;
}

function findUnsafePair(
  key: Node | null,
  value: Node | null,
  at: (offset: number) => Position,
  depth: number,
): Feedback | undefined {
  if (key !== null) {
    const where = at(key.range?.[0] ?? 0);
    if (!isScalar(key)) return { code: "unsafe-yaml", params: { reason: "complex-key", ...where } };
    const found = findUnsafeNode(key, at, depth);
    if (found) return found;
    const name = String(key.value);
    if (FORBIDDEN_KEYS.has(name))
      return { code: "unsafe-yaml", params: { reason: "forbidden-key", key: name, ...where } };
  }
  return value === null ? undefined : findUnsafeNode(value, at, depth);
}

type CstToken = {
  type: string;
  offset: number;
  items?: { key?: CstToken | null; value?: CstToken }[];
  value?: CstToken;
};

/** Offset of the first collection nested deeper than MAX_MANIFEST_DEPTH, found iteratively on the CST. */
function findTooDeepOffset(text: string): number | undefined {
  for (const root of new Parser().parse(text) as Iterable<CstToken>) {
    const stack: [CstToken, number][] = [[root, 0]];
    while (stack.length > 0) {
      const [token, depth] = stack.pop()!;
      const isCollection = token.items !== undefined && token.type !== "document";
      const level = isCollection ? depth + 1 : depth;
      if (level > MAX_MANIFEST_DEPTH) return token.offset;
      if (token.type === "document" && token.value) stack.push([token.value, level]);
      for (const item of token.items ?? []) {
        if (item.key) stack.push([item.key, level]);
        if (item.value) stack.push([item.value, level]);
      }
    }
  }
  return undefined;
}

/** 1-based line and column of an offset, for rejections found before the LineCounter is filled. */
function positionIn(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
