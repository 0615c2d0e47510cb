import type { CommandPath } from "./find-command-path";
import { GLOBAL_FLAGS, OPTIONAL_FLAG_VALUES, type FlagSpec } from "./kubectl-flag-spec";
import { fail } from "./kubectl-syntax-error";
import { didYouMean } from "./suggest-closest";
import type { ShellWord } from "./tokenize-shell";

export type ParsedFlags = {
  flags: Record<string, string[]>;
  namespace?: string;
  operands: ShellWord[];
  command: string[];
  warnings: string[];
};

const TRUE_WORDS = new Set(["1", "t", "T", "true", "TRUE", "True"]);
const FALSE_WORDS = new Set(["0", "f", "F", "false", "FALSE", "False"]);
const OUTPUT_FORMATS = new Set([
  "json",
  "yaml",
  "wide",
  "name",
  "custom-columns",
  "custom-columns-file",
  "go-template",
  "go-template-file",
  "jsonpath",
  "jsonpath-file",
  "jsonpath-as-json",
  "template",
  "templatefile",
  "plaintext",
  "plaintext-openapiv2",
]);

type Context = { specs: FlagSpec[]; out: ParsedFlags; verb: string };

function normaliseValue(spec: FlagSpec, value: string | undefined, word: ShellWord): string {
  const flag = `--${spec.name}`;
  if (spec.kind === "bool") {
    if (value === undefined || TRUE_WORDS.has(value)) return "true";
    if (FALSE_WORDS.has(value)) return "false";
    fail("bad-flag-value", `invalid argument "${value}" for ${flag}: expected true or false`, word.column);
  }
  if (spec.kind === "optional") {
    const allowed = OPTIONAL_FLAG_VALUES[spec.name];
    if (value === undefined) return allowed.bare;
    const canonical = allowed.aliases[value];
    if (canonical === undefined) {
      fail(
        "bad-flag-value",
        `invalid ${flag} value "${value}"; use one of ${Object.keys(allowed.aliases).join(", ")}`,
        word.column,
      );
    }
    return canonical;
  }
  if (value === undefined) fail("bad-flag-value", `flag needs an argument: ${flag}`, word.column);
  if (spec.kind === "int" && !/^[+-]?\d+$/.test(value)) {
    fail("bad-flag-value", `invalid argument "${value}" for ${flag}: expected a whole number`, word.column);
  }
  if (spec.name === "output" && !OUTPUT_FORMATS.has(value.split("=")[0])) {
    fail("bad-flag-value", `unknown output format "${value}"${didYouMean(value, OUTPUT_FORMATS)}`, word.column);
  }
  return value;
}

function record(ctx: Context, spec: FlagSpec, raw: string | undefined, word: ShellWord): void {
  const value = normaliseValue(spec, raw, word);
  const { out } = ctx;
  if (spec.deprecated && !out.warnings.includes(spec.deprecated)) out.warnings.push(spec.deprecated);
  if (spec.name === "dry-run" && raw === undefined)
    out.warnings.push("--dry-run without a value is deprecated; write --dry-run=client");
  if (spec.name === "namespace" && GLOBAL_FLAGS.includes(spec)) out.namespace = value;
  else if (spec.kind === "list") out.flags[spec.name] = [...(out.flags[spec.name] ?? []), value];
  else out.flags[spec.name] = [value]; // pflag: a repeated scalar flag keeps its last value
}

/** Rejects what kubectl mis-reads: before the verb, a flag without `=` takes the next word. */
function checkBeforeVerb(ctx: Context, spec: FlagSpec, word: ShellWord): void {
  if (GLOBAL_FLAGS.includes(spec) || word.value.includes("=") || (spec.kind !== "bool" && spec.kind !== "optional"))
    return;
  fail(
    "bad-arguments",
    `put ${word.value} after "${ctx.verb}": before the command kubectl reads the next word as its value`,
    word.column,
  );
}

/** Parses `--name`, `--name=value` or `--name value`; returns the index of the last word used. */
function parseLong(ctx: Context, words: ShellWord[], i: number, beforeVerb: boolean): number {
  const word = words[i];
  const [name, ...rest] = word.value.slice(2).split("=");
  const value = rest.length > 0 ? rest.join("=") : undefined;
  const spec = ctx.specs.find((candidate) => candidate.name === name);
  if (!spec) {
    const names = ctx.specs.map((candidate) => candidate.name);
    fail("unknown-flag", `unknown flag: --${name} for "kubectl ${ctx.verb}"${didYouMean(name, names)}`, word.column);
  }
  if (beforeVerb) checkBeforeVerb(ctx, spec, word);
  const takesNext = value === undefined && spec.kind !== "bool" && spec.kind !== "optional";
  if (takesNext && i + 1 >= words.length) fail("bad-flag-value", `flag needs an argument: --${name}`, word.column);
  record(ctx, spec, takesNext ? words[i + 1].value : value, word);
  return takesNext ? i + 1 : i;
}

/** Parses a cluster of short flags (`-it`, `-nfoo`, `-n=foo`, `-o yaml`). */
function parseShort(ctx: Context, words: ShellWord[], i: number, beforeVerb: boolean): number {
  const word = words[i];
  const text = word.value;
  for (let j = 1; j < text.length; j += 1) {
    const spec = ctx.specs.find((candidate) => candidate.short === text[j]);
    if (!spec)
      fail("unknown-flag", `unknown shorthand flag: '${text[j]}' in ${text} for "kubectl ${ctx.verb}"`, word.column);
    if (beforeVerb && j === 1) checkBeforeVerb(ctx, spec, word);
    const rest = text.slice(j + 1);
    if (spec.kind === "bool") {
      if (!rest.startsWith("=")) {
        record(ctx, spec, undefined, word);
        continue;
      }
      record(ctx, spec, rest.slice(1), word);
      return i;
    }
    const attached = rest.startsWith("=") ? rest.slice(1) : rest;
    if (attached !== "") {
      record(ctx, spec, attached, word);
      return i;
    }
    if (i + 1 >= words.length) fail("bad-flag-value", `flag needs an argument: '${text[j]}' in ${text}`, word.column);
    record(ctx, spec, words[i + 1].value, word);
    return i + 1;
  }
  return i;
}

/**
 * Reads every flag of the kubectl stage with pflag's rules (flags anywhere, `--` ends them,
 * booleans never take the next word), checking each against the command's own and the global
 * flags. Returns the flags by long name, the namespace, the operands and the words after `--`.
 */
export function parseKubectlFlags(words: ShellWord[], path: CommandPath): ParsedFlags {
  const local = path.spec.flags;
  const specs = [...local, ...GLOBAL_FLAGS.filter((global) => !local.some((flag) => flag.name === global.name))];
  const ctx: Context = { specs, verb: path.spec.path, out: { flags: {}, operands: [], command: [], warnings: [] } };
  let afterDashes = false;
  for (let i = 0; i < words.length; i += 1) {
    const text = words[i].value;
    if (afterDashes) ctx.out.command.push(text);
    else if (path.pathIndexes.has(i)) continue;
    else if (text === "--") afterDashes = true;
    else if (text.startsWith("--")) i = parseLong(ctx, words, i, i < path.verbIndex);
    else if (text.startsWith("-") && text !== "-") i = parseShort(ctx, words, i, i < path.verbIndex);
    else ctx.out.operands.push(words[i]);
  }
  for (const name of path.spec.required ?? []) {
    if (!ctx.out.flags[name])
      fail("bad-arguments", `"kubectl ${path.spec.path}" needs --${name}`, words[path.verbIndex].column);
  }
  return ctx.out;
}
