import { quote } from "shell-quote";
import type { ParsedCommandLine, ResourceTarget } from "./kubectl-command-types";
import { GLOBAL_FLAGS, type FlagSpec } from "./kubectl-flag-spec";
import { KUBECTL_RESOURCES, resourceId } from "./kubectl-resources";
import { findCommandSpec } from "./kubectl-verbs";
import { normalizeSedArgv } from "./normalize-sed-argv";

/** A parsed command line reduced to what it means, ready for field-by-field comparison. */
export type NormalizedCommandLine = {
  verb: string;
  /** `""` when the verb has none. */
  subcommand: string;
  /** Sorted, unique canonical resource ids (`replicasets.apps`). */
  resources: string[];
  /** Kind names for messages, parallel to `resources`. */
  kinds: string[];
  /** Sorted object names (case-sensitive). */
  names: string[];
  namespace?: string;
  /** False when the namespace cannot change the meaning (only cluster-scoped kinds, or `-A`). */
  namespaceMatters: boolean;
  /** Long flag name → normalised value; flags equal to their default are left out. */
  flags: Record<string, string>;
  args: string[];
  command: string[];
  /** Each stage rendered with shell quoting, the kubectl stage as `kubectl`. */
  pipeline: string[];
};

const SELECTOR_FLAGS = new Set(["selector", "field-selector", "pod-selector", "labels"]);
const CLUSTER_SCOPED = new Set(KUBECTL_RESOURCES.filter((type) => !type.namespaced).map(resourceId));

/** `-l b=2,a==1` and `-l a=1,b=2` select the same objects; set-based terms `in (…)` stay as typed. */
function normalizeSelector(value: string): string {
  if (/[()]/.test(value)) return value.trim();
  const terms = value.split(",").map((term) => term.trim().replace(/^([^!=]+)==/, "$1="));
  return [...new Set(terms)].sort().join(",");
}

function normalizeFlagValue(spec: FlagSpec | undefined, name: string, values: string[]): string | undefined {
  if (spec?.kind === "list") return [...values].sort().join("\u0000");
  const value = values[values.length - 1];
  if (spec?.defaultValue !== undefined && value === spec.defaultValue) return undefined;
  return SELECTOR_FLAGS.has(name) ? normalizeSelector(value) : value;
}

function normalizeFlags(line: ParsedCommandLine, path: string): Record<string, string> {
  const local = findCommandSpec(path)?.flags ?? [];
  const flags: Record<string, string> = {};
  for (const [name, values] of Object.entries(line.kubectl.flags)) {
    const spec = local.find((flag) => flag.name === name) ?? GLOBAL_FLAGS.find((flag) => flag.name === name);
    const value = normalizeFlagValue(spec, name, values);
    if (value !== undefined) flags[name] = value;
  }
  return flags;
}

/**
 * `cat FILE | kubectl … -f -` feeds the file exactly as `kubectl … -f FILE` reads it, so the
 * pipeline is folded into the plain form. Only a bare `cat` of one file qualifies.
 */
function foldCatPipeline(line: ParsedCommandLine): ParsedCommandLine {
  const [first] = line.stages;
  const filenames = line.kubectl.flags.filename ?? [];
  const isCatOfOneFile = first.program === "cat" && first.argv.length === 2 && !first.argv[1].startsWith("-");
  if (line.stages.length !== 2 || line.kubectlStage !== 1 || !isCatOfOneFile || filenames.join() !== "-") return line;
  const kubectl = { ...line.kubectl, flags: { ...line.kubectl.flags, filename: [first.argv[1]] } };
  return { stages: [line.stages[1]], kubectlStage: 0, kubectl };
}

function renderPipeline(line: ParsedCommandLine): string[] {
  return line.stages.map((stage, index) => {
    if (index === line.kubectlStage) return "kubectl";
    return quote(stage.program === "sed" ? normalizeSedArgv(stage.argv) : stage.argv);
  });
}

function kindsOf(targets: ResourceTarget[]): { resources: string[]; kinds: string[] } {
  const byResource = new Map(targets.map((target) => [target.resource, target.kind]));
  const resources = [...byResource.keys()].sort();
  return { resources, kinds: resources.map((resource) => byResource.get(resource) as string) };
}

/**
 * Reduces a parsed command line to its meaning: aliases and flag spellings are already
 * canonical after parsing; here defaults are dropped, list flags and selectors sorted, change
 * arguments (`app=web`) treated as a set, `cat f | kubectl apply -f -` folded into `-f f`,
 * and `sed` stages normalised. The namespace is kept as given (absent without `-n`); the
 * comparer decides what an absent one means.
 */
export function normalizeKubectlCommand(parsed: ParsedCommandLine): NormalizedCommandLine {
  const line = foldCatPipeline(parsed);
  const { kubectl } = line;
  const path = kubectl.subcommand ? `${kubectl.verb} ${kubectl.subcommand}` : kubectl.verb;
  const flags = normalizeFlags(line, path);
  const clusterScopedOnly =
    kubectl.targets.length > 0 && kubectl.targets.every((target) => CLUSTER_SCOPED.has(target.resource));
  const changesAreSet = findCommandSpec(path)?.changes instanceof RegExp;
  return {
    verb: kubectl.verb,
    subcommand: kubectl.subcommand ?? "",
    ...kindsOf(kubectl.targets),
    names: [...new Set(kubectl.targets.flatMap((target) => (target.name === undefined ? [] : [target.name])))].sort(),
    namespace: kubectl.namespace,
    namespaceMatters: !clusterScopedOnly && flags["all-namespaces"] !== "true",
    flags,
    args: changesAreSet ? [...kubectl.args].sort() : kubectl.args,
    command: kubectl.command,
    pipeline: renderPipeline(line),
  };
}
