import type { z } from "zod";
import { checkItem, type CheckItemOptions } from "./check-item";
import { checkRawText } from "./check-raw-text";
import { createLocator, errorAt, type DeckError, type Locate } from "./deck-error";
import { MAX_ITEMS } from "./deck-limits";
import { deckFrontMatterSchema, deckItemSchema, type DeckFrontMatter, type DeckItemInput } from "./deck-schema";
import type { DeckSourceFile } from "./decode-deck-file-bytes";
import { locateNode, type NodePath } from "./locate-node";
import { parseYamlBlock, type YamlBlock } from "./parse-yaml-block";
import { splitDeckMarkdown, type Problem, type YamlRegion } from "./split-deck-markdown";
import { zodIssuesToProblems } from "./zod-issues";

export type Loc = { file: string; line: number; column: number };
/** What the cross-checks need from every item block that parsed as YAML, valid or not. */
export type ItemRef = {
  file: string;
  id: string | null;
  section: string | null;
  type: string | null;
  at: At;
  line: number;
  item: DeckItemInput | null;
};
export type At = (path: NodePath, where?: "key" | "value") => Loc;
export type FrontMatterResult = { data: DeckFrontMatter; at: At };
export type ParsedDeckFile = {
  frontMatter: FrontMatterResult | null;
  refs: ItemRef[];
  errors: DeckError[];
  /** Item blocks found in the file, including any beyond the budget. */
  itemBlocks: number;
};

export type ParseDeckFileOptions = CheckItemOptions & {
  isDeckMd: boolean;
  /** Item blocks this file may still contribute to the deck. */
  itemBudget: number;
  /** Whether exceeding the budget is reported here (only the first file that exceeds it does). */
  reportOverflow: boolean;
  maxFileBytes?: number;
};

type Context = { file: string; locate: Locate; errors: DeckError[] };

/**
 * Parses one deck file: raw checks, Markdown split, then each YAML block (front matter only in
 * deck.md). At most `itemBudget` item blocks are parsed; the first one beyond it is an error.
 */
export function parseDeckFile(source: DeckSourceFile, options: ParseDeckFileOptions): ParsedDeckFile {
  const { isDeckMd, reportOverflow } = options;
  const itemBudget = Math.max(options.itemBudget, 0);
  const ctx: Context = { file: source.path, locate: createLocator(source.text), errors: [] };
  const result: ParsedDeckFile = { frontMatter: null, refs: [], errors: ctx.errors, itemBlocks: 0 };
  ctx.errors.push(...checkRawText(source.path, source.text, ctx.locate, options.maxFileBytes));
  if (ctx.errors.length > 0) return result;
  const split = splitDeckMarkdown(source.text, isDeckMd);
  report(ctx, 0, split.problems);
  result.itemBlocks = split.items.length;
  if (split.frontMatter) result.frontMatter = parseFrontMatter(ctx, split.frontMatter);
  if (split.items.length > itemBudget && reportOverflow) {
    const fence = split.items[itemBudget].fenceOffset;
    ctx.errors.push(errorAt(ctx.file, ctx.locate, fence, `too many items: a deck may hold at most ${MAX_ITEMS}`));
  }
  for (const region of split.items.slice(0, itemBudget)) {
    const ref = parseItemRegion(ctx, region, options);
    if (ref) result.refs.push(ref);
  }
  return result;
}

function report(ctx: Context, base: number, problems: Problem[]): void {
  for (const p of problems) ctx.errors.push(errorAt(ctx.file, ctx.locate, base + p.offset, p.message));
}

function locator(ctx: Context, region: YamlRegion, block: YamlBlock): At {
  return (path, where) => ({ file: ctx.file, ...ctx.locate(region.offset + locateNode(block.doc, path, where)) });
}

function parseFrontMatter(ctx: Context, region: YamlRegion): FrontMatterResult | null {
  const parsed = parseYamlBlock(region.text, "front matter");
  if (!parsed.ok) {
    report(ctx, region.offset, parsed.problems);
    return null;
  }
  const checked = deckFrontMatterSchema.safeParse(parsed.block.value);
  if (!checked.success) {
    report(ctx, region.offset, zodIssuesToProblems(checked.error.issues, parsed.block.doc, deckFrontMatterSchema));
    return null;
  }
  return { data: checked.data, at: locator(ctx, region, parsed.block) };
}

function parseItemRegion(ctx: Context, region: YamlRegion, options: CheckItemOptions): ItemRef | null {
  if (region.text.trim() === "") {
    ctx.errors.push(errorAt(ctx.file, ctx.locate, region.fenceOffset, "item block is empty"));
    return null;
  }
  const parsed = parseYamlBlock(region.text, "item block");
  if (!parsed.ok) {
    report(ctx, region.offset, parsed.problems);
    return null;
  }
  const { doc, value } = parsed.block;
  const at = locator(ctx, region, parsed.block);
  const text = (key: string) => (typeof value[key] === "string" ? (value[key] as string) : null);
  const ref: ItemRef = { file: ctx.file, id: text("id"), section: text("section"), type: text("type"), at, line: ctx.locate(region.fenceOffset).line, item: null };
  const checked = deckItemSchema.safeParse(value);
  if (!checked.success) {
    report(ctx, region.offset, zodIssuesToProblems(checked.error.issues, doc, schemaForType(ref.type)));
    return ref;
  }
  ref.item = checked.data;
  for (const p of checkItem(checked.data, options)) {
    ctx.errors.push({ ...at(p.path, p.atKey ? "key" : "value"), message: p.message });
  }
  return ref;
}

/** The object schema of one item type (for did-you-mean suggestions), or the union itself. */
function schemaForType(type: string | null): z.ZodType {
  return deckItemSchema.options.find((option) => option.shape.type.value === type) ?? deckItemSchema;
}
