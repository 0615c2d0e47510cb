import {
  Composer,
  Parser,
  isMap,
  isScalar,
  isSeq,
  type Document,
  type DocumentOptions,
  type Node,
  type ParseOptions,
  type SchemaOptions,
} from "yaml";
import type { Problem } from "./split-deck-markdown";
import { guardCst, prescanDepth } from "./yaml-cst-guard";

/** A parsed YAML block: the document (kept for error positions) and its plain-JS value. */
export type YamlBlock = { doc: Document.Parsed; value: Record<string, unknown> };
export type YamlBlockResult = { ok: true; block: YamlBlock } | { ok: false; problems: Problem[] };

/** Keys that could reach Object.prototype if a value were ever merged into a plain object. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

// Safe core schema: no custom tags, no merge keys, duplicate keys are errors.
const COMPOSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  schema: "core",
  customTags: [],
  merge: false,
  uniqueKeys: true,
  strict: true,
  prettyErrors: false,
  version: "1.2",
};

/**
 * Parses one YAML block (front matter or item) that must be a single mapping. Offsets in problems
 * are relative to `text`. Rejects, before any value is built: excessive nesting, anchors, aliases,
 * tags, directives, non-string keys and `__proto__`/`constructor`/`prototype` keys.
 */
export function parseYamlBlock(text: string, what: string): YamlBlockResult {
  if (text.trim() === "") return fail(0, `${what} is empty`);
  const tooDeep = prescanDepth(text);
  if (tooDeep) return { ok: false, problems: [tooDeep] };
  const tokens = Array.from(new Parser().parse(text));
  const cstProblems = guardCst(tokens);
  if (cstProblems.length > 0) return { ok: false, problems: cstProblems };
  const docs = Array.from(new Composer(COMPOSE_OPTIONS).compose(tokens, true, text.length));
  if (docs.length > 1) return fail(docs[1].range[0], `${what} must hold one YAML document, not several`);
  const doc = docs[0];
  const problems: Problem[] = [...doc.errors, ...doc.warnings].map((e) => ({ offset: e.pos[0], message: e.message }));
  if (problems.length > 0) return { ok: false, problems };
  if (!isMap(doc.contents)) return fail(doc.contents?.range[0] ?? 0, `${what} must be a YAML mapping (key: value lines)`);
  const keyProblems = checkKeys(doc.contents);
  if (keyProblems.length > 0) return { ok: false, problems: keyProblems };
  // Safe now: no aliases to expand and no key that could touch a prototype.
  return { ok: true, block: { doc, value: doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown> } };
}

function fail(offset: number, message: string): YamlBlockResult {
  return { ok: false, problems: [{ offset, message }] };
}

/** Iterative walk over every mapping key (depth is already bounded, but recursion is not needed). */
function checkKeys(root: Node): Problem[] {
  const problems: Problem[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    for (const pair of node.items) {
      const key = pair.key;
      const offset = rangeStart(key) ?? rangeStart(pair.value) ?? node.range?.[0] ?? 0;
      if (!isScalar(key) || typeof key.value !== "string") {
        problems.push({ offset, message: "mapping keys must be plain strings (quote numbers, booleans and null)" });
      } else if (FORBIDDEN_KEYS.has(key.value)) {
        problems.push({ offset, message: `key "${key.value}" is not allowed` });
      }
      stack.push(pair.value);
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

function rangeStart(node: unknown): number | undefined {
  return isScalar(node) || isMap(node) || isSeq(node) ? node.range?.[0] : undefined;
}
