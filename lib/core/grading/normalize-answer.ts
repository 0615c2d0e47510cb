/**
 * Text normalisation for typed answers. Learners type on Japanese IMEs, so the same answer arrives
 * as full-width ASCII, half-width katakana, hiragana instead of katakana, or with a hyphen where
 * the long-vowel mark belongs. Normalising both the key and the response the same way lets the
 * graders compare with plain string equality.
 */
export type MatchMode = "prose" | "identifier";

/** Dash-like characters a learner may type instead of ー or `-` (after NFKC, which maps ｰ → ー and － → -). */
const DASHES = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\uFE58", "\uFE63"]);
const LONG_VOWEL = "\u30FC";

/** Quotes and brackets a learner may wrap an answer in (after NFKC: （ → (, ＂ → ", ｀ → `). */
const QUOTES = "\"'`「」『』“”‘’";
const BRACKETS = "()[]{}<>【】〔〕〈〉《》";
/** Sentence punctuation; 、。・ survive NFKC, ，． become , . */
const SENTENCE_PUNCTUATION = ".,;:!?。、・";

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}\u30FC]/u;
const ASCII_ALNUM = /[A-Za-z0-9]/;

/**
 * Normalises an answer for comparison.
 *
 * Both modes: NFKC (full-width → ASCII, half-width katakana → full-width), collapsed whitespace,
 * surrounding quotes/backticks and trailing sentence punctuation dropped.
 * `identifier` keeps case and inner punctuation (`OrderedReady`, `25%`, `apps/v1`) and turns a
 * long-vowel mark typed after ASCII into `-` (an IME in full-width mode types ー for -).
 * `prose` additionally folds case and katakana → hiragana, maps dashes after kana to ー, treats
 * Japanese punctuation, quotes and brackets as spaces, strips punctuation at word edges, and drops
 * spaces next to non-ASCII characters (Japanese is written without spaces).
 */
export function normalizeAnswer(text: string, mode: MatchMode): string {
  const nfkc = text.normalize("NFKC");
  return mode === "identifier" ? normalizeIdentifier(nfkc) : normalizeProse(nfkc);
}

function normalizeIdentifier(text: string): string {
  const dashed = mapDashes(text, (prev, ch) => {
    if (ch === LONG_VOWEL) return prev !== undefined && ASCII_ALNUM.test(prev) ? "-" : ch;
    return DASHES.has(ch) ? "-" : ch;
  });
  return stripEdges(collapseSpaces(dashed), QUOTES, QUOTES + SENTENCE_PUNCTUATION);
}

function normalizeProse(text: string): string {
  const dashed = mapDashes(text, (prev, ch) =>
    DASHES.has(ch) && prev !== undefined && KANA.test(prev) ? LONG_VOWEL : ch,
  );
  const folded = katakanaToHiragana(dashed.toLowerCase());
  const spaced = Array.from(folded, (ch) => (isProseSeparator(ch) ? " " : ch)).join("");
  const words = collapseSpaces(spaced)
    .split(" ")
    .map((word) => stripEdges(word, SENTENCE_PUNCTUATION, SENTENCE_PUNCTUATION))
    .filter((word) => word !== "");
  return words.join(" ").replace(/ (?=[^\x00-\x7F])|(?<=[^\x00-\x7F]) /g, "");
}

/** Replaces characters one by one, looking at the already-mapped previous character so runs chain (カ-- → カーー). */
function mapDashes(text: string, map: (prev: string | undefined, ch: string) => string): string {
  const out: string[] = [];
  for (const ch of text) out.push(map(out[out.length - 1], ch));
  return out.join("");
}

function isProseSeparator(ch: string): boolean {
  return QUOTES.includes(ch) || BRACKETS.includes(ch) || "。、・".includes(ch);
}

/** Katakana (ァ–ヶ, ヽヾ) sit exactly 0x60 above their hiragana counterparts. */
function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30A1-\u30F6\u30FD\u30FE]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** Strips any run of `leading` characters (and spaces) from the start and of `trailing` from the end. */
function stripEdges(text: string, leading: string, trailing: string): string {
  const chars = Array.from(text);
  let start = 0;
  let end = chars.length;
  while (start < end && (leading.includes(chars[start]) || chars[start] === " ")) start++;
  while (end > start && (trailing.includes(chars[end - 1]) || chars[end - 1] === " ")) end--;
  return chars.slice(start, end).join("");
}
