// Writes a deck (front matter + items) as one deck.md in the deck file format, so that drafts and
// imports go through parseDeck like every other deck. Pure: the caller stores or parses the text.
import { stringify, type ToStringOptions, type CreateNodeOptions, type DocumentOptions } from "yaml";
import type { DeckFrontMatter, DeckItemInput } from "./deck-schema";

export type SerializedDeck = {
  text: string;
  /** 1-based lines of each item's opening and closing fence, in the order of the `items` argument. */
  itemLines: { start: number; end: number }[];
};

const YAML_OPTIONS: ToStringOptions & CreateNodeOptions & DocumentOptions = {
  version: "1.2",
  lineWidth: 0, // never fold: a folded line would change nothing but the diff
  minContentWidth: 0,
  blockQuote: "literal",
  // The parser rejects anchors and aliases; a shared object must be written out twice instead.
  aliasDuplicateObjects: false,
};

const PLACEMENT_KEYS = new Set(["position", "file", "line"]);
const COMMON_FIRST = ["id", "type", "section"];
const COMMON_LAST = ["explanation", "source", "correction", "fields", "tags"];
const TYPE_KEYS: Record<string, string[]> = {
  basic: ["front", "back", "reversed"],
  cloze: ["text"],
  typed: ["prompt", "answer", "accept", "match"],
  choice: ["prompt", "options", "multiple"],
  truefalse: ["statement", "answer"],
  ordering: ["prompt", "steps"],
  kubectl: ["prompt", "answer", "accept"],
  manifest: ["prompt", "kind", "apiVersion", "starter", "solution", "checks"],
};
const FRONT_KEYS = ["slug", "title", "description", "language", "kubernetesVersion", "sections"];
const SECTION_KEYS = ["id", "title", "notes"];
const NESTED_KEYS: Record<string, string[]> = {
  source: ["notes", "url"],
  correction: ["claimed", "actual"],
  options: ["text", "correct"],
  checks: ["path", "equals", "exists", "absent", "compare", "replicas", "weight"],
};

/**
 * Serialises a deck to the text of one `deck.md`: front matter, then a `## title` heading per
 * section with its items in the given order. Items whose section is not in the front matter come
 * last, unchanged, so that parseDeck reports them. Placement fields are dropped; unknown keys are
 * kept (after the known ones) so that the parser reports them too.
 */
export function serializeDeck(front: DeckFrontMatter, items: DeckItemInput[]): SerializedDeck {
  const lines: string[] = ["---", ...yamlLines(ordered(front, FRONT_KEYS, { sections: SECTION_KEYS })), "---"];
  const itemLines: SerializedDeck["itemLines"] = new Array(items.length);
  const sectionIds = new Set(front.sections.map((section) => section.id));
  const groups = [
    ...front.sections.map((section) => ({ title: section.title, indexes: indexesWhere(items, (item) => item.section === section.id) })),
    { title: "Items in no listed section", indexes: indexesWhere(items, (item) => !sectionIds.has(item.section)) },
  ];
  for (const group of groups) {
    if (group.indexes.length === 0 && group === groups[groups.length - 1]) continue;
    lines.push("", `## ${oneLine(group.title)}`);
    for (const index of group.indexes) {
      lines.push("");
      itemLines[index] = pushItemBlock(lines, items[index]);
    }
  }
  return { text: `${lines.join("\n")}\n`, itemLines };
}

function pushItemBlock(lines: string[], item: DeckItemInput): { start: number; end: number } {
  const body = yamlLines(orderedItem(item));
  const fence = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
  lines.push(`${fence}yaml item`);
  const start = lines.length;
  lines.push(...body, fence);
  return { start, end: lines.length };
}

function orderedItem(item: DeckItemInput): Record<string, unknown> {
  const record = Object.fromEntries(Object.entries(item).filter(([key]) => !PLACEMENT_KEYS.has(key)));
  const keys = [...COMMON_FIRST, ...(TYPE_KEYS[item.type] ?? []), ...COMMON_LAST];
  return ordered(record, keys, NESTED_KEYS);
}

/**
 * A copy of `value` with `keys` first in that order, then any other keys as they were; undefined
 * members are dropped. `nested` orders the keys of a member object (or of each object in a member list).
 */
function ordered(value: object, keys: string[], nested: Record<string, string[]> = {}): Record<string, unknown> {
  const record = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  const rest = Object.keys(record).filter((key) => !keys.includes(key));
  for (const key of [...keys, ...rest]) {
    const member = record[key];
    if (member === undefined || !Object.hasOwn(record, key)) continue;
    const inner = nested[key];
    // defineProperty: a key such as "__proto__" must stay data so that the parser can report it.
    Object.defineProperty(result, key, { value: inner ? orderMember(member, inner) : member, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

function orderMember(member: unknown, keys: string[]): unknown {
  const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !Array.isArray(v);
  if (Array.isArray(member)) return member.map((entry) => (isObject(entry) ? ordered(entry, keys) : entry));
  return isObject(member) ? ordered(member, keys) : member;
}

function yamlLines(value: Record<string, unknown>): string[] {
  return stringify(value, YAML_OPTIONS).replace(/\n$/, "").split("\n");
}

function longestBacktickRun(lines: string[]): number {
  let longest = 0;
  for (const line of lines) for (const run of line.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

function indexesWhere(items: DeckItemInput[], keep: (item: DeckItemInput) => boolean): number[] {
  return items.flatMap((item, index) => (keep(item) ? [index] : []));
}

/** A heading is one line; a title with a line break must not start a fence or front matter of its own. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
