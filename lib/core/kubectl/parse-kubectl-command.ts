import { findCommandPath } from "./find-command-path";
import type { KubectlCommand, KubectlParseResult, ParsedCommandLine, ShellStage } from "./kubectl-command-types";
import { fail, KubectlSyntaxError } from "./kubectl-syntax-error";
import { parseKubectlFlags } from "./parse-kubectl-flags";
import { resolveKubectlOperands } from "./resolve-kubectl-operands";
import { tokenizeShell, type ShellToken, type ShellWord } from "./tokenize-shell";

/**
 * Program names taken as kubectl. `k` is the alias the CKA/CKAD exam terminal sets up
 * (`alias k=kubectl`), so learners type it from muscle memory.
 */
export const KUBECTL_PROGRAMS: ReadonlySet<string> = new Set(["kubectl", "k"]);

/**
 * Programs allowed in the other stages of a pipeline: text tools a CKA/CKAD candidate pipes
 * kubectl input or output through. Anything else is more likely a quoting mistake (the notes'
 * `sed -e s|replicas: 3|…` makes bash run a program called `replicas:`) than a real command.
 */
export const PIPELINE_PROGRAMS: ReadonlySet<string> = new Set([
  "awk",
  "base64",
  "cat",
  "column",
  "cut",
  "echo",
  "egrep",
  "grep",
  "head",
  "jq",
  "less",
  "more",
  "printf",
  "sed",
  "sort",
  "tail",
  "tee",
  "tr",
  "uniq",
  "wc",
  "xargs",
  "yq",
]);

function splitStages(tokens: ShellToken[]): ShellWord[][] {
  if (tokens.length === 0) fail("syntax", "enter a command", 1);
  const stages: ShellWord[][] = [[]];
  for (const token of tokens) {
    const current = stages[stages.length - 1];
    if (token.type === "word") {
      current.push({ value: token.value, column: token.column });
      continue;
    }
    if (current.length === 0) fail("syntax", "`|` needs a command before it", token.column);
    stages.push([]);
  }
  if (stages[stages.length - 1].length === 0) {
    const lastPipe = tokens[tokens.length - 1];
    fail("syntax", "`|` needs a command after it", lastPipe.column);
  }
  return stages;
}

function findKubectlStage(stages: ShellWord[][]): number {
  const indexes = stages.flatMap((words, index) => (KUBECTL_PROGRAMS.has(words[0].value) ? [index] : []));
  if (indexes.length === 0) fail("no-kubectl", "the command must run kubectl", stages[0][0].column);
  if (indexes.length > 1) fail("bad-arguments", "use kubectl once per command line", stages[indexes[1]][0].column);
  for (const [program] of stages) {
    if (KUBECTL_PROGRAMS.has(program.value) || PIPELINE_PROGRAMS.has(program.value)) continue;
    fail(
      "unsupported-shell",
      `"${program.value}" is not a command this pipeline can run (is a quote missing?)`,
      program.column,
    );
  }
  return indexes[0];
}

function parseKubectlStage(stage: ShellWord[]): KubectlCommand {
  const words = stage.slice(1);
  const path = findCommandPath(words, stage[0].column);
  const parsed = parseKubectlFlags(words, path);
  const { targets, args } = resolveKubectlOperands(path.spec, parsed, words[path.verbIndex]);
  const [verb, ...sub] = path.spec.path.split(" ");
  const command: KubectlCommand = {
    verb,
    targets,
    args,
    flags: parsed.flags,
    command: parsed.command,
    warnings: parsed.warnings,
  };
  if (sub.length > 0) command.subcommand = sub.join(" ");
  if (parsed.namespace !== undefined) command.namespace = parsed.namespace;
  return command;
}

/**
 * Parses one command line the way a shell and kubectl 1.32 would, without running anything.
 * The line may be a pipeline (`sed … rs.yaml | kubectl apply -f -`) with exactly one kubectl
 * stage; other stages are kept as argv. The kubectl stage is normalised: verb and subcommand
 * (aliases resolved), objects as canonical kind + name, flags by long name. Unknown verbs,
 * subcommands, kinds and flags are errors, as are shell features beyond a single pipeline.
 */
export function parseKubectlCommand(input: string): KubectlParseResult {
  const tokenized = tokenizeShell(input);
  if (!tokenized.ok) return tokenized;
  try {
    const stageWords = splitStages(tokenized.tokens);
    const kubectlStage = findKubectlStage(stageWords);
    const stages: ShellStage[] = stageWords.map((words) => ({
      program: words[0].value,
      argv: words.map((word) => word.value),
      column: words[0].column,
    }));
    const command: ParsedCommandLine = { stages, kubectlStage, kubectl: parseKubectlStage(stageWords[kubectlStage]) };
    return { ok: true, command };
  } catch (error) {
    if (error instanceof KubectlSyntaxError) return { ok: false, error: error.toParseError() };
    throw error;
  }
}
