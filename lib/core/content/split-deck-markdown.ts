/** A YAML region of a Markdown deck file: `text` starts at `offset`; its opening line starts at `fenceOffset`. */
export type YamlRegion = { offset: number; text: string; fenceOffset: number };
/** A problem found at a character offset of the file. */
export type Problem = { offset: number; message: string };

export type SplitDeckMarkdown = {
  frontMatter: YamlRegion | null;
  items: YamlRegion[];
  problems: Problem[];
};

type Line = { offset: number; text: string };
type Fence = { char: string; length: number; indent: number; info: string };

const FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const ITEM_INFO = "yaml item";

/**
 * Finds the YAML front matter (only when `withFrontMatter`) and every ```yaml item fenced block,
 * following CommonMark fence rules so that an item shown inside a longer ```` fence is not taken
 * as a real item. Expects LF line endings (checked earlier).
 */
export function splitDeckMarkdown(text: string, withFrontMatter: boolean): SplitDeckMarkdown {
  const lines = toLines(text);
  const result: SplitDeckMarkdown = { frontMatter: null, items: [], problems: [] };
  let i = readFrontMatter(lines, text, withFrontMatter, result);
  while (i < lines.length) {
    const fence = parseFence(lines[i].text);
    if (!fence) {
      i++;
      continue;
    }
    const close = findClosingFence(lines, i + 1, fence);
    checkInfoString(lines[i], fence, result.problems);
    if (close === -1) {
      const what = isItemFence(fence) ? "```yaml item block" : "code fence";
      result.problems.push({ offset: lines[i].offset, message: `${what} opened here is never closed` });
      break;
    }
    if (isItemFence(fence)) {
      const start = lines[i + 1].offset;
      result.items.push({ offset: start, text: text.slice(start, lines[close].offset), fenceOffset: lines[i].offset });
    }
    i = close + 1;
  }
  return result;
}

function toLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const line of text.split("\n")) {
    lines.push({ offset, text: line });
    offset += line.length + 1;
  }
  return lines;
}

/** Returns the index of the first line after the front matter (0 when there is none). */
function readFrontMatter(lines: Line[], text: string, wanted: boolean, result: SplitDeckMarkdown): number {
  const isDelimiter = (line: Line) => /^---[ \t]*$/.test(line.text);
  const opens = isDelimiter(lines[0]);
  const close = opens ? lines.findIndex((line, index) => index > 0 && isDelimiter(line)) : -1;
  if (!wanted) {
    if (close !== -1) result.problems.push({ offset: 0, message: "front matter is only allowed in deck.md" });
    return close === -1 ? 0 : close + 1;
  }
  if (!opens) {
    result.problems.push({ offset: 0, message: "deck.md must start with YAML front matter (a `---` line)" });
    return 0;
  }
  if (close === -1) {
    result.problems.push({ offset: 0, message: "front matter opened here is never closed by a `---` line" });
    return lines.length;
  }
  const start = lines[1].offset;
  result.frontMatter = { offset: start, text: text.slice(start, lines[close].offset), fenceOffset: 0 };
  return close + 1;
}

function parseFence(line: string): Fence | null {
  const match = FENCE.exec(line);
  if (!match) return null;
  const [, indent, marks, info] = match;
  // CommonMark: a backtick fence's info string may not contain backticks.
  if (marks[0] === "`" && info.includes("`")) return null;
  return { char: marks[0], length: marks.length, indent: indent.length, info: info.trim() };
}

function findClosingFence(lines: Line[], from: number, open: Fence): number {
  for (let i = from; i < lines.length; i++) {
    const fence = parseFence(lines[i].text);
    if (fence && fence.char === open.char && fence.length >= open.length && fence.info === "") return i;
  }
  return -1;
}

function isItemFence(fence: Fence): boolean {
  return fence.info === ITEM_INFO && fence.indent === 0 && fence.char === "`";
}

/** Near misses such as ```yml item or an indented fence would silently drop an item. */
function checkInfoString(line: Line, fence: Fence, problems: Problem[]): void {
  if (isItemFence(fence)) return;
  const words = fence.info.toLowerCase().split(/[\s_:.-]+/);
  const looksLikeItem = /^ya?ml$/.test(words[0] ?? "") && /^item/.test(words[1] ?? "");
  if (!looksLikeItem && !(words[0] === "item" && words.length === 1)) return;
  problems.push({
    offset: line.offset,
    message: `fence "${line.text.trim()}" is not an item block; an item block starts with \`\`\`yaml item at column 1`,
  });
}
