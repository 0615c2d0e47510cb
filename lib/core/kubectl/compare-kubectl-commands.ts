import { verdictForScore, type Feedback, type GradeResult } from "../grading/grade-result";
import { compareCommandFacets } from "./compare-command-facets";
import { normalizeKubectlCommand, type NormalizedCommandLine } from "./normalize-kubectl-command";
import { parseKubectlCommand } from "./parse-kubectl-command";

/** Verb and kind are right: they count as this many matched facets in the partial score. */
const GATE_FACETS = 2;

function zero(feedback: Feedback): GradeResult {
  return { verdict: "incorrect", score: 0, feedback: [feedback] };
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
 * Grades `actual` against the model answer `expected` by meaning and effect, not by text.
 *
 * Equal in meaning (score 1): same verb and subcommand (aliases such as `create deploy` equal),
 * same kinds (`rs` = `replicasets` = `replicasets.apps`), same names (case-sensitive), same
 * namespace (no `-n` means `default`, so `-n default` is the same), the same flags in any order
 * and spelling (`-n x` = `--namespace=x`, `--replicas 5` = `--replicas=5`, defaults such as
 * `--dry-run=none` = absent), the same other arguments (label changes as a set), the same `--`
 * command, and equivalent pipeline stages (`sed` quoting and delimiters normalised;
 * `cat f | kubectl apply -f -` = `kubectl apply -f f`). Extra flags that change nothing
 * (kubectl-flag-effects.ts: `-o`, `--timeout`, `-v`, …) are still correct, with a `neutral-flag` note.
 *
 * Score 0, incorrect: `actual` does not parse (`parse-error`, plus `unknown-flag` when that is
 * why); the verb, subcommand or kinds differ (`wrong-verb`, `wrong-subcommand`, `wrong-kind`);
 * it acts on other objects (`wrong-name`, `wrong-namespace`, a selecting flag such as `-l` or
 * `-A`); or an effect-changing flag is missing (`missing-flag`), has another value
 * (`wrong-flag-value`) or is extra (a `flag-…` code saying why, e.g. `flag-previews-only`).
 * Otherwise partial credit: verb and kind count as 2 matched facets, and every other facet that
 * either command has (the names, the namespace, each flag, the arguments, the `--` command, the
 * pipeline) counts 1; score = matched / total, rounded down to 2 decimals. What can differ here:
 * a neutral flag the model answer has (`missing-flag`, `wrong-flag-value`), `wrong-args`,
 * `wrong-command`, `wrong-pipeline` (params: expected/actual).
 *
 * @throws Error when `expected` itself does not parse: that is a content bug, caught by content checks.
 */
export function compareKubectlCommands(expected: string, actual: string): GradeResult {
  const want = parseOrFeedback(expected);
  if (Array.isArray(want))
    throw new Error(`expected kubectl command does not parse: ${expected} (${String(want[0].params?.message)})`);
  const got = parseOrFeedback(actual);
  if (Array.isArray(got)) return { verdict: "incorrect", score: 0, feedback: got };
  if (want.verb !== got.verb) return zero({ code: "wrong-verb", params: { expected: want.verb, actual: got.verb } });
  if (want.subcommand !== got.subcommand) {
    return zero({ code: "wrong-subcommand", params: { expected: want.subcommand, actual: got.subcommand } });
  }
  if (want.resources.join(",") !== got.resources.join(",")) {
    return zero({ code: "wrong-kind", params: { expected: want.kinds.join(","), actual: got.kinds.join(",") } });
  }
  const { matched, total, feedback, wrongEffect } = compareCommandFacets(want, got);
  if (wrongEffect) return { verdict: "incorrect", score: 0, feedback };
  const score = matched === total ? 1 : Math.floor((100 * (GATE_FACETS + matched)) / (GATE_FACETS + total)) / 100;
  return { verdict: verdictForScore(score), score, feedback };
}
