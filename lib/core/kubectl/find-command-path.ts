import type { CommandSpec } from "./kubectl-command-spec";
import { GLOBAL_FLAGS, type FlagSpec } from "./kubectl-flag-spec";
import { fail } from "./kubectl-syntax-error";
import { canonicalCommandWord, commandChildren, findCommandSpec, KUBECTL_COMMANDS } from "./kubectl-verbs";
import { didYouMean } from "./suggest-closest";
import type { ShellWord } from "./tokenize-shell";

export type CommandPath = {
  spec: CommandSpec;
  /** Index (into the words after `kubectl`) of the verb. */
  verbIndex: number;
  /** Indexes of the verb and subcommand words, which are not operands. */
  pathIndexes: Set<number>;
};

const TAKES_VALUE = new Set(["string", "int", "list"]);
const isGlobal = (spec: FlagSpec | undefined) => spec !== undefined && GLOBAL_FLAGS.includes(spec);

// The command tables never change: the flag lists derived from them are built once.
const flagsBelowCache = new Map<string, FlagSpec[]>();
function flagsBelow(prefix: string): FlagSpec[] {
  let flags = flagsBelowCache.get(prefix);
  if (!flags) {
    const specs = KUBECTL_COMMANDS.filter((spec) => spec.path === prefix || spec.path.startsWith(`${prefix} `));
    flags = [...GLOBAL_FLAGS, ...specs.flatMap((spec) => spec.flags)];
    flagsBelowCache.set(prefix, flags);
  }
  return flags;
}

let allCommandFlags: FlagSpec[] | null = null;

function lookup(specs: FlagSpec[], text: string): FlagSpec | undefined {
  if (text.startsWith("--")) return specs.find((spec) => spec.name === text.slice(2).split("=")[0]);
  return specs.find((spec) => spec.short === text[1]);
}

/**
 * How many words a flag occupies while looking for the command words. Mirrors kubectl: before
 * the verb, a flag that is not global and has no `=value` swallows the next word (so `-A get pods`
 * breaks in kubectl too; the full flag pass reports it).
 */
function flagWidth(words: ShellWord[], i: number, specs: FlagSpec[], beforeVerb: boolean): number {
  const text = words[i].value;
  if (text.includes("=")) return 1;
  const spec = lookup(specs, text);
  if (beforeVerb && !isGlobal(spec)) return 2;
  if (text.startsWith("--")) return spec !== undefined && TAKES_VALUE.has(spec.kind) ? 2 : 1;
  // In a shorthand cluster the first flag that takes a value ends it: `-itc app` takes `app`, `-nfoo` does not.
  for (let j = 1; j < text.length; j += 1) {
    const short = specs.find((candidate) => candidate.short === text[j]);
    if (short !== undefined && TAKES_VALUE.has(short.kind)) return j === text.length - 1 ? 2 : 1;
  }
  return 1;
}

const isFlag = (text: string) => text.startsWith("-") && text !== "-";

/** Index of the next operand word at or after `start`, skipping flags; -1 if none before `--`. */
function nextOperand(words: ShellWord[], start: number, specs: FlagSpec[], beforeVerb: boolean): number {
  let i = start;
  while (i < words.length) {
    const text = words[i].value;
    if (text === "--") return -1;
    if (!isFlag(text)) return i;
    i += flagWidth(words, i, specs, beforeVerb);
  }
  return -1;
}

/** A bare (no `=`) non-global boolean flag before the verb would swallow the verb in kubectl. */
function checkFlagsBeforeVerb(words: ShellWord[], verbIndex: number): void {
  const allFlags = (allCommandFlags ??= KUBECTL_COMMANDS.flatMap((spec) => spec.flags));
  for (const word of words.slice(0, verbIndex === -1 ? words.length : verbIndex)) {
    if (!isFlag(word.value) || word.value.includes("=") || isGlobal(lookup(GLOBAL_FLAGS as FlagSpec[], word.value)))
      continue;
    const spec = lookup(allFlags, word.value);
    if (spec && (spec.kind === "bool" || spec.kind === "optional")) {
      fail(
        "bad-arguments",
        `put ${word.value} after the command: before it, kubectl reads the next word as its value`,
        word.column,
      );
    }
  }
}

/**
 * Finds the verb and subcommand words (`rollout undo`, `create svc nodeport`) among the words
 * after `kubectl`; flags may come before, between and after them, as kubectl allows.
 */
export function findCommandPath(words: ShellWord[], programColumn: number): CommandPath {
  const verbIndex = nextOperand(words, 0, GLOBAL_FLAGS as FlagSpec[], true);
  checkFlagsBeforeVerb(words, verbIndex);
  if (verbIndex === -1) fail("unknown-verb", "kubectl needs a command such as get, apply or scale", programColumn);
  const verbWord = words[verbIndex];
  const topLevel = commandChildren("");
  if (!topLevel.includes(verbWord.value)) {
    fail(
      "unknown-verb",
      `unknown command "${verbWord.value}" for "kubectl"${didYouMean(verbWord.value, topLevel)}`,
      verbWord.column,
    );
  }
  let path = verbWord.value;
  const pathIndexes = new Set([verbIndex]);
  const specs = flagsBelow(path);
  let cursor = verbIndex + 1;
  while (commandChildren(path).length > 0) {
    const children = commandChildren(path);
    const index = nextOperand(words, cursor, specs, false);
    const word = index === -1 ? undefined : canonicalCommandWord(path, words[index].value);
    if (word !== undefined && children.includes(word)) {
      path = `${path} ${word}`;
      pathIndexes.add(index);
      cursor = index + 1;
      continue;
    }
    // `create -f x.yaml` is runnable on its own, but `create deploymnet web` is a typo, not an operand.
    const runnable = findCommandSpec(path);
    if (runnable && (index === -1 || runnable.operands !== "none")) break;
    const where = index === -1 ? verbWord.column : words[index].column;
    const given = index === -1 ? "" : `unknown subcommand "${words[index].value}"; `;
    const hint = index === -1 ? "" : didYouMean(words[index].value, children);
    fail("unknown-subcommand", `${given}"kubectl ${path}" needs one of: ${children.join(", ")}${hint}`, where);
  }
  return { spec: findCommandSpec(path) as CommandSpec, verbIndex, pathIndexes };
}
