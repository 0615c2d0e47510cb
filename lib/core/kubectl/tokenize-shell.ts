import type { KubectlParseError } from "./kubectl-command-types";
import { KubectlSyntaxError } from "./kubectl-syntax-error";

/** A word after quote removal, with the 1-based column where it starts. */
export type ShellWord = { value: string; column: number };

export type ShellToken = ({ type: "word" } & ShellWord) | { type: "pipe"; column: number };

export type TokenizeResult = { ok: true; tokens: ShellToken[] } | { ok: false; error: KubectlParseError };

/** A scanner error at a 0-based index. */
class ScanError extends KubectlSyntaxError {
  constructor(code: KubectlParseError["code"], message: string, index: number) {
    super(code, message, index + 1);
  }
}

const OPERATOR_MESSAGES: Record<string, string> = {
  ";": "`;` runs a second command; enter one command (a pipeline with `|` is fine)",
  "&": "`&` and `&&` run more commands; enter one command (a pipeline with `|` is fine)",
  ">": "redirections (`>`, `>>`) are not supported; write the command without them",
  "<": "redirections and here-documents (`<`, `<<`) are not supported; use a file argument or `-f -`",
  "(": "subshells `( … )` are not supported",
  ")": "subshells `( … )` are not supported",
  "`": "command substitution with backticks is not supported; write the value itself",
  "\n": "enter one command on one line (a trailing `\\` continues a line)",
};

const EXPANSION_START = /[A-Za-z_{(0-9@*#?$!-]/;

/**
 * Characters an IME or a word processor slips in. A shell would pass them on literally and
 * kubectl would then fail or match nothing, so they are reported where they are.
 */
const LOOKALIKES: Record<string, string> = {
  "\u3000": "a full-width space is not a word separator; use a normal space",
  "\u2018": "typographic quotes are not shell quotes; use ' or \"",
  "\u2019": "typographic quotes are not shell quotes; use ' or \"",
  "\u201c": "typographic quotes are not shell quotes; use ' or \"",
  "\u201d": "typographic quotes are not shell quotes; use ' or \"",
};

/**
 * Splits a command line into words and `|` operators the way a POSIX shell does (quotes,
 * backslashes, line continuations), keeping each word's 1-based column. Anything that would make
 * the line more than one pipeline, or depend on the shell's environment (`$VAR`, `$(…)`,
 * backticks, redirections), is rejected with a message that says why.
 *
 * Why not `shell-quote`'s `parse`: it reports no positions and silently expands `$VAR` to "".
 * Globs (`*`, `[…]`), `~` and braces are kept literally: the learner typed them, and with no
 * matching files bash does the same.
 */
export function tokenizeShell(input: string): TokenizeResult {
  try {
    return { ok: true, tokens: scan(input) };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { ok: false, error: error.toParseError() };
  }
}

function scan(input: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i];
    if (ch === " " || ch === "\t" || ch === "\r") i += 1;
    else if (ch === "\\" && input[i + 1] === "\n") i += 2;
    else if (ch === "#") i = skipComment(input, i);
    else if (ch === "|") i = scanPipe(input, i, tokens);
    else if (ch in OPERATOR_MESSAGES) throw new ScanError("unsupported-shell", OPERATOR_MESSAGES[ch], i);
    else i = scanWord(input, i, tokens);
  }
  return tokens;
}

function skipComment(input: string, start: number): number {
  const end = input.indexOf("\n", start);
  return end === -1 ? input.length : end;
}

function scanPipe(input: string, start: number, tokens: ShellToken[]): number {
  const next = input[start + 1];
  if (next === "|") throw new ScanError("unsupported-shell", "`||` runs a second command; enter one command", start);
  if (next === "&") throw new ScanError("unsupported-shell", "`|&` is not supported; use `|`", start);
  tokens.push({ type: "pipe", column: start + 1 });
  return start + 1;
}

function scanWord(input: string, start: number, tokens: ShellToken[]): number {
  let value = "";
  let i = start;
  while (i < input.length) {
    const ch = input[i];
    if (" \t\r|".includes(ch) || ch in OPERATOR_MESSAGES) break;
    if (ch === "'") {
      const end = input.indexOf("'", i + 1);
      if (end === -1) throw new ScanError("syntax", "this single quote is never closed", i);
      value += input.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      const [text, next] = scanDoubleQuoted(input, i);
      value += text;
      i = next;
    } else if (ch === "\\") {
      if (i + 1 >= input.length) throw new ScanError("syntax", "a backslash ends the line", i);
      if (input[i + 1] !== "\n") value += input[i + 1];
      i += 2;
    } else {
      if (ch in LOOKALIKES) throw new ScanError("syntax", LOOKALIKES[ch], i);
      checkExpansion(input, i);
      value += ch;
      i += 1;
    }
  }
  tokens.push({ type: "word", value, column: start + 1 });
  return i;
}

/** Returns the unquoted text and the index after the closing quote. */
function scanDoubleQuoted(input: string, open: number): [string, number] {
  let text = "";
  let i = open + 1;
  while (i < input.length && input[i] !== '"') {
    const ch = input[i];
    if (ch === "\\" && i + 1 < input.length && '\\"$`\n'.includes(input[i + 1])) {
      if (input[i + 1] !== "\n") text += input[i + 1];
      i += 2;
      continue;
    }
    if (ch === "`") throw new ScanError("unsupported-shell", OPERATOR_MESSAGES["`"], i);
    checkExpansion(input, i);
    text += ch;
    i += 1;
  }
  if (i >= input.length) throw new ScanError("syntax", "this double quote is never closed", open);
  return [text, i + 1];
}

function checkExpansion(input: string, i: number): void {
  if (input[i] !== "$" || !EXPANSION_START.test(input[i + 1] ?? "")) return;
  const message =
    input[i + 1] === "("
      ? "command substitution `$(…)` is not supported; write the value itself"
      : "shell variables are not supported; write the value itself";
  throw new ScanError("unsupported-shell", message, i);
}
