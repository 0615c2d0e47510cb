import { validateManifest } from "../content/kubernetes-schema";
import { evaluateManifestCheck, readManifestPath, type ManifestPathCheck } from "../content/read-manifest-path";
import { verdictForScore, type Feedback, type GradeResult } from "./grade-result";
import { parseManifestYaml } from "./parse-manifest-yaml";

export type ManifestCheck = ManifestPathCheck;
export type ManifestKey = { kind: string; apiVersion: string; checks: ManifestCheck[] };

/**
 * A manifest with schema errors (unknown fields such as `maxUnavaiable`, wrong types) keeps half
 * of its check score: `kubectl apply` would reject it, so it cannot pass, yet the checks it does
 * satisfy show what the learner knew. Multiplying (rather than capping at 0.5) keeps a better
 * manifest ahead of a worse one even when both have schema errors.
 */
export const SCHEMA_ERROR_FACTOR = 0.5;
/** Schema errors listed in feedback; more add nothing a learner can act on at once. */
export const MAX_SCHEMA_FEEDBACK = 10;

/**
 * Grades a learner's manifest. Parsing is done as untrusted input (see {@link parseManifestYaml}:
 * `yaml-error` with line/column, `unsafe-yaml`, `not-a-manifest`); `empty-answer` for blank
 * input. Wrong `kind` or `apiVersion` is incorrect (`wrong-kind`). Otherwise
 * score = passed check weight / total weight (weights default to 1), × {@link SCHEMA_ERROR_FACTOR}
 * when the schema reports errors (`schema-error` with `message`). An `equals` check compares by
 * its `compare`: by meaning for `quantity` (`5Gi` = `5120Mi`) and `surge`/`unavailable` (`"25%"` =
 * `1` at 4 replicas), strictly otherwise. Each failed check gives `check-failed` with `path`,
 * `check` (equals | exists | absent), `expected` (for equals) and `actual` (when the path holds a value).
 */
export function gradeManifest(key: ManifestKey, responseYaml: string): GradeResult {
  if (responseYaml.trim() === "") return incorrect({ code: "empty-answer" });
  const parsed = parseManifestYaml(responseYaml);
  if (!parsed.ok) return incorrect(parsed.feedback);
  const manifest = parsed.value;
  if (manifest.kind !== key.kind || manifest.apiVersion !== key.apiVersion) {
    return incorrect({
      code: "wrong-kind",
      params: {
        expectedKind: key.kind,
        expectedApiVersion: key.apiVersion,
        actualKind: displayValue(manifest.kind) ?? "",
        actualApiVersion: displayValue(manifest.apiVersion) ?? "",
      },
    });
  }
  const schemaErrors = validateManifest(manifest);
  const { score: checkScore, feedback: checkFeedback } = runChecks(key.checks, manifest);
  const score = schemaErrors.length > 0 ? checkScore * SCHEMA_ERROR_FACTOR : checkScore;
  const schemaFeedback = schemaErrors
    .slice(0, MAX_SCHEMA_FEEDBACK)
    .map((message) => ({ code: "schema-error", params: { message } }));
  return { verdict: verdictForScore(score), score, feedback: [...schemaFeedback, ...checkFeedback] };
}

function runChecks(
  checks: readonly ManifestCheck[],
  manifest: Record<string, unknown>,
): { score: number; feedback: Feedback[] } {
  let total = 0;
  let passed = 0;
  const feedback: Feedback[] = [];
  for (const check of checks) {
    const weight = Math.max(0, check.weight ?? 1);
    total += weight;
    const failure = checkFailure(check, manifest);
    if (failure) feedback.push(failure);
    else passed += weight;
  }
  // No checks (or only zero weights): the kind and schema are all there is to grade.
  return { score: total === 0 ? 1 : passed / total, feedback };
}

/** The failure feedback, or undefined when the check holds (evaluateManifestCheck). */
function checkFailure(check: ManifestCheck, manifest: Record<string, unknown>): Feedback | undefined {
  if (evaluateManifestCheck(manifest, check)) return undefined;
  const read = readManifestPath(manifest, check.path);
  const shown = displayValue(read.found ? read.value : undefined);
  const withActual: Record<string, string> = shown === undefined ? {} : { actual: shown };
  if (check.equals !== undefined)
    return {
      code: "check-failed",
      params: { path: check.path, check: "equals", expected: String(check.equals), ...withActual },
    };
  const wantsAbsent = check.absent === true || check.exists === false;
  return {
    code: "check-failed",
    params: { path: check.path, check: wantsAbsent ? "absent" : "exists", ...withActual },
  };
}

/** A short display form of a manifest value; undefined when there is nothing to show. */
function displayValue(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object") {
    const json = JSON.stringify(value);
    return json.length > 80 ? `${json.slice(0, 79)}…` : json;
  }
  return String(value);
}

function incorrect(feedback: Feedback): GradeResult {
  return { verdict: "incorrect", score: 0, feedback: [feedback] };
}
