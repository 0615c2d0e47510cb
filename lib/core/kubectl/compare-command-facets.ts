import type { Feedback } from "../grading/grade-result";
import { flagEffect } from "./kubectl-flag-effects";
import type { NormalizedCommandLine } from "./normalize-kubectl-command";

/**
 * The differences between two commands with the same verb, subcommand and kinds. A facet is one
 * thing either command states (the names, the namespace, a flag, the arguments, …). `wrongEffect`
 * is set when a difference makes the answer act on other objects or do something else: such an
 * answer is incorrect however many facets match. `feedback` also carries notes (`neutral-flag`)
 * about extra flags that change nothing; they are not facets.
 */
export type Facets = { matched: number; total: number; feedback: Feedback[]; wrongEffect: boolean };

/** Without `-n`, a question means the namespace `default` (and the answer is read the same way). */
const DEFAULT_NAMESPACE = "default";

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value, i) => value === b[i]);

function facet(facets: Facets, equal: boolean, feedback: Feedback, changesEffect: boolean): void {
  facets.total += 1;
  if (equal) facets.matched += 1;
  else {
    facets.feedback.push(feedback);
    if (changesEffect) facets.wrongEffect = true;
  }
}

/** A normalised value for people: list values (joined by NUL when normalised) as a comma list. */
const shown = (value: string) => value.replaceAll("\u0000", ",");

/** `--name=value` as typed, `--name` for a bare boolean. */
const flagText = (name: string, value: string) => (value === "true" ? `--${name}` : `--${name}=${shown(value)}`);

function compareFlags(
  facets: Facets,
  path: string,
  expected: Record<string, string>,
  actual: Record<string, string>,
): void {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const name of names) {
    const flag = `--${name}`;
    const [want, got] = [expected[name], actual[name]];
    const effect = flagEffect(path, name);
    const changesEffect = effect !== "neutral";
    if (got === undefined)
      facet(facets, false, { code: "missing-flag", params: { flag, expected: shown(want) } }, changesEffect);
    else if (want !== undefined) {
      facet(
        facets,
        want === got,
        { code: "wrong-flag-value", params: { flag, expected: shown(want), actual: shown(got) } },
        changesEffect,
      );
    } else if (effect === "neutral")
      facets.feedback.push({ code: "neutral-flag", params: { flag: flagText(name, got) } });
    else
      facet(
        facets,
        false,
        { code: effect.code, params: { flag: flagText(name, got), verb: path.split(" ")[0] } },
        true,
      );
  }
}

/**
 * The namespace is part of the object: a different one is another object. It is compared only when
 * it means something on both sides (not for cluster-scoped kinds, not with `-A`, whose own flag
 * difference is reported instead). `-n default` where the question names none is the same namespace.
 */
function compareNamespace(facets: Facets, expected: NormalizedCommandLine, actual: NormalizedCommandLine): void {
  if (!expected.namespaceMatters || !actual.namespaceMatters) return;
  if (expected.namespace === undefined && actual.namespace === undefined) return;
  const [want, got] = [expected.namespace ?? DEFAULT_NAMESPACE, actual.namespace ?? DEFAULT_NAMESPACE];
  facet(facets, want === got, { code: "wrong-namespace", params: { expected: want, actual: got } }, true);
  if (want === got && expected.namespace === undefined)
    facets.feedback.push({ code: "neutral-flag", params: { flag: `--namespace=${got}` } });
}

/** Facets beyond verb and kind: names, namespace, each flag, other arguments, `--` command, pipeline. */
export function compareCommandFacets(expected: NormalizedCommandLine, actual: NormalizedCommandLine): Facets {
  const facets: Facets = { matched: 0, total: 0, feedback: [], wrongEffect: false };
  const join = (values: string[]) => values.join(" ");
  if (expected.names.length > 0 || actual.names.length > 0) {
    const params = { expected: expected.names.join(","), actual: actual.names.join(",") };
    facet(facets, same(expected.names, actual.names), { code: "wrong-name", params }, true);
  }
  compareNamespace(facets, expected, actual);
  const path = expected.subcommand ? `${expected.verb} ${expected.subcommand}` : expected.verb;
  compareFlags(facets, path, expected.flags, actual.flags);
  // Arguments, the `--` command and other pipeline stages count as partly right when they differ.
  if (expected.args.length > 0 || actual.args.length > 0) {
    facet(
      facets,
      same(expected.args, actual.args),
      { code: "wrong-args", params: { expected: join(expected.args), actual: join(actual.args) } },
      false,
    );
  }
  if (expected.command.length > 0 || actual.command.length > 0) {
    const params = { expected: join(expected.command), actual: join(actual.command) };
    facet(facets, same(expected.command, actual.command), { code: "wrong-command", params }, false);
  }
  if (expected.pipeline.length > 1 || actual.pipeline.length > 1) {
    const params = { expected: expected.pipeline.join(" | "), actual: actual.pipeline.join(" | ") };
    facet(facets, same(expected.pipeline, actual.pipeline), { code: "wrong-pipeline", params }, false);
  }
  return facets;
}
