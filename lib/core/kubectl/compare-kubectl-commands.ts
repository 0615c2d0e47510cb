import { verdictForScore, type Feedback, type GradeResult } from "../grading/grade-result";
import { normalizeKubectlCommand, type NormalizedCommandLine } from "./normalize-kubectl-command";
import { parseKubectlCommand } from "./parse-kubectl-command";

/** Verb and kind are right: they count as this many matched facets in the partial score. */
const GATE_FACETS = 2;

type Facets = { matched: number; total: number; feedback: Feedback[] };

function zero(feedback: Feedback): GradeResult {
  return { verdict: "incorrect", score: 0, feedback: [feedback] };
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

function facet(facets: Facets, equal: boolean, feedback: Feedback): void {
  facets.total += 1;
  if (equal) facets.matched += 1;
  else facets.feedback.push(feedback);
}

function compareFlags(facets: Facets, expected: Record<string, string>, actual: Record<string, string>): void {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const name of names) {
    const flag = `--${name}`;
    const [want, got] = [expected[name], actual[name]];
    if (got === undefined) facet(facets, false, { code: "missing-flag", params: { flag, expected: want } });
    else if (want === undefined) facet(facets, false, { code: "unexpected-flag", params: { flag, actual: got } });
    else facet(facets, want === got, { code: "wrong-flag-value", params: { flag, expected: want, actual: got } });
  }
}

/** Facets beyond verb and kind: names, namespace, each flag, other arguments, `--` command, pipeline. */
function compareFacets(expected: NormalizedCommandLine, actual: NormalizedCommandLine): Facets {
  const facets: Facets = { matched: 0, total: 0, feedback: [] };
  const join = (values: string[]) => values.join(" ");
  if (expected.names.length > 0 || actual.names.length > 0) {
    const params = { expected: expected.names.join(","), actual: actual.names.join(",") };
    facet(facets, same(expected.names, actual.names), { code: "wrong-name", params });
  }
  const namespaceMatters = expected.namespaceMatters || actual.namespaceMatters;
  if (namespaceMatters && (expected.namespace !== undefined || actual.namespace !== undefined)) {
    const params = { expected: expected.namespace ?? "", actual: actual.namespace ?? "" };
    facet(facets, expected.namespace === actual.namespace, { code: "wrong-namespace", params });
  }
  compareFlags(facets, expected.flags, actual.flags);
  if (expected.args.length > 0 || actual.args.length > 0) {
    facet(facets, same(expected.args, actual.args), { code: "wrong-args", params: { expected: join(expected.args), actual: join(actual.args) } });
  }
  if (expected.command.length > 0 || actual.command.length > 0) {
    const params = { expected: join(expected.command), actual: join(actual.command) };
    facet(facets, same(expected.command, actual.command), { code: "wrong-command", params });
  }
  if (expected.pipeline.length > 1 || actual.pipeline.length > 1) {
    const params = { expected: expected.pipeline.join(" | "), actual: actual.pipeline.join(" | ") };
    facet(facets, same(expected.pipeline, actual.pipeline), { code: "wrong-pipeline", params });
  }
  return facets;
}

// Model answers are compared again and again, and a learner's command once per accepted form:
// parsing is pure, so results are kept (bounded, oldest dropped first). Callers never mutate them.
const PARSE_CACHE_LIMIT = 4096;
const parseCache = new Map<string, NormalizedCommandLine | Feedback[]>();

function parseOrFeedback(command: string): NormalizedCommandLine | Feedback[] {
  const hit = parseCache.get(command);
  if (hit) return hit;
  const result = parseUncached(command);
  if (parseCache.size >= PARSE_CACHE_LIMIT) parseCache.delete(parseCache.keys().next().value!);
  parseCache.set(command, result);
  return result;
}

function parseUncached(command: string): NormalizedCommandLine | Feedback[] {
  const parsed = parseKubectlCommand(command);
  if (parsed.ok) return normalizeKubectlCommand(parsed.command);
  const { code, message, column } = parsed.error;
  const feedback: Feedback[] = [{ code: "parse-error", params: { message, column } }];
  const flag = /unknown (?:shorthand )?flag: (\S+)/.exec(message)?.[1];
  if (code === "unknown-flag" && flag) feedback.push({ code: "unknown-flag", params: { flag } });
  return feedback;
}

/**
 * Grades `actual` against the model answer `expected` by meaning, not by text.
 *
 * Equal in meaning (score 1): same verb and subcommand (aliases such as `create deploy` equal),
 * same kinds (`rs` = `replicasets` = `replicasets.apps`), same names (case-sensitive), same
 * namespace (`-n default` is NOT equal to no `-n`: without it kubectl uses the context's namespace),
 * the same flags in any order and spelling (`-n x` = `--namespace=x`, `--replicas 5` =
 * `--replicas=5`, defaults such as `--dry-run=none` = absent), the same other arguments
 * (label changes as a set), the same `--` command, and equivalent pipeline stages (`sed`
 * quoting and delimiters normalised; `cat f | kubectl apply -f -` = `kubectl apply -f f`).
 *
 * Score 0: `actual` does not parse (`parse-error`, plus `unknown-flag` when that is why), or
 * the verb, subcommand or kinds differ (`wrong-verb`, `wrong-subcommand`, `wrong-kind`).
 * Otherwise partial credit: verb and kind count as 2 matched facets, and every other facet that
 * either command has (the names, the namespace, each flag, the arguments, the `--` command, the
 * pipeline) counts 1; score = matched / total, rounded down to 2 decimals. Each differing facet
 * adds one feedback: `wrong-name`, `wrong-namespace`, `missing-flag`, `unexpected-flag`,
 * `wrong-flag-value`, `wrong-args`, `wrong-command`, `wrong-pipeline` (params: expected/actual).
 *
 * @throws Error when `expected` itself does not parse: that is a content bug, caught by content checks.
 */
export function compareKubectlCommands(expected: string, actual: string): GradeResult {
  const want = parseOrFeedback(expected);
  if (Array.isArray(want)) throw new Error(`expected kubectl command does not parse: ${expected} (${String(want[0].params?.message)})`);
  const got = parseOrFeedback(actual);
  if (Array.isArray(got)) return { verdict: "incorrect", score: 0, feedback: got };
  if (want.verb !== got.verb) return zero({ code: "wrong-verb", params: { expected: want.verb, actual: got.verb } });
  if (want.subcommand !== got.subcommand) {
    return zero({ code: "wrong-subcommand", params: { expected: want.subcommand, actual: got.subcommand } });
  }
  if (!same(want.resources, got.resources)) {
    return zero({ code: "wrong-kind", params: { expected: want.kinds.join(","), actual: got.kinds.join(",") } });
  }
  const { matched, total, feedback } = compareFacets(want, got);
  const score = matched === total ? 1 : Math.floor((100 * (GATE_FACETS + matched)) / (GATE_FACETS + total)) / 100;
  return { verdict: verdictForScore(score), score, feedback };
}
