import type { CST } from "yaml";
import { MAX_DEPTH, MAX_PRESCAN_DEPTH } from "./deck-limits";
import type { Problem } from "./split-deck-markdown";

const DEPTH_MESSAGE = `nesting is deeper than the limit of ${MAX_DEPTH} levels`;

/**
 * Fast lexical upper-bound check run before the YAML tokenizer: open flow brackets plus compact
 * block indicators (`- - - x`). It only exists to fail fast on hostile input such as 10,000 `[`;
 * the exact check is `guardCst`.
 */
export function prescanDepth(text: string): Problem | null {
  let brackets = 0;
  let lineStart = true;
  let indicators = 0;
  // Where the count last rose past the real limit: the likely spot to fix. An item mapping is
  // level 1, so the 20th bracket inside it opens level 21.
  let crossed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const before = brackets + indicators;
    if (c === "\n") {
      lineStart = true;
      indicators = 0;
    } else if (c === "[" || c === "{") brackets++;
    else if ((c === "]" || c === "}") && brackets > 0) brackets--;
    else if (lineStart && (c === "-" || c === "?") && (text[i + 1] === " " || text[i + 1] === "\n")) indicators++;
    else if (c !== " ") lineStart = false;
    const depth = brackets + indicators;
    if (before < MAX_DEPTH && depth >= MAX_DEPTH) crossed = i;
    if (depth > MAX_PRESCAN_DEPTH) return { offset: crossed, message: DEPTH_MESSAGE };
  }
  return null;
}

type Walk = { token: CST.Token; depth: number };
type Kind = "depth" | "anchor" | "alias" | "tag" | "directive";

const MESSAGES: Record<Exclude<Kind, "depth">, string> = {
  anchor: "anchors (&name) are not allowed",
  alias: "aliases (*name) are not allowed",
  tag: "explicit tags are not allowed",
  directive: "YAML directives (%…) are not allowed",
};

/**
 * Walks the concrete syntax tree without recursion (the tokenizer is iterative, the composer is
 * not) and reports nesting beyond MAX_DEPTH, anchors, aliases, explicit tags and directives. Each
 * kind is reported once per block, with a count, so an alias bomb does not flood the report.
 */
export function guardCst(tokens: CST.Token[]): Problem[] {
  const found = new Map<Kind, { offset: number; detail: string; count: number }>();
  const note = (kind: Kind, offset: number, detail = "") => {
    const seen = found.get(kind);
    if (!seen) found.set(kind, { offset, detail, count: 1 });
    else {
      seen.count++;
      // the walk is depth-first from the end; keep the earliest occurrence in the file
      if (offset < seen.offset) Object.assign(seen, { offset, detail });
    }
  };
  const stack: Walk[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    const kind = flagged(token);
    if (kind) note(kind, token.offset, "source" in token ? token.source : "");
    const isCollection = token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection";
    const childDepth = isCollection ? depth + 1 : depth;
    if (childDepth > MAX_DEPTH) {
      note("depth", token.offset);
      continue;
    }
    for (const child of children(token)) stack.push({ token: child, depth: childDepth });
  }
  return [...found.entries()]
    .map(([kind, { offset, detail, count }]) => ({ offset, message: describe(kind, detail, count) }))
    .sort((a, b) => a.offset - b.offset);
}

function describe(kind: Kind, detail: string, count: number): string {
  if (kind === "depth") return DEPTH_MESSAGE;
  const base = kind === "tag" ? `explicit tags such as ${detail} are not allowed` : MESSAGES[kind];
  return count > 1 ? `${base} (${count} in this block)` : base;
}

function flagged(token: CST.Token): Kind | null {
  switch (token.type) {
    case "anchor":
      return "anchor";
    case "alias":
      return "alias";
    case "tag":
      return "tag";
    case "directive":
    case "directive-line":
      return "directive";
    default:
      return null;
  }
}

/** Every token nested in `token`: props, keys, separators and values of collection items. */
function children(token: CST.Token): CST.Token[] {
  const out: CST.Token[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) out.push(...(value as CST.Token[]));
    else if (value && typeof value === "object") out.push(value as CST.Token);
  };
  const record = token as unknown as Record<string, unknown>;
  for (const field of ["start", "props", "key", "sep", "value", "end"]) add(record[field]);
  if (Array.isArray(record.items)) {
    for (const item of record.items as CST.CollectionItem[]) {
      add(item.start);
      add(item.key);
      add(item.sep);
      add(item.value);
    }
  }
  return out;
}
