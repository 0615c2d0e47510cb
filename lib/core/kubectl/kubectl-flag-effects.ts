import { findCommandSpec } from "./kubectl-verbs";

/**
 * Whether a flag changes what a kubectl command does (issue 17, "grading by effect").
 *
 * `neutral`: the flag changes how the result is shown or waited for, never what happens or to
 * which objects (output format, timeouts, verbosity, watching). An answer may add it freely.
 * Anything else is a feedback code saying why the flag changes the effect; an answer that adds
 * such a flag, leaves it out or gives it another value does something other than the task asks.
 *
 * A flag is neutral only when listed as neutral here: every other flag the command tables know
 * changes the effect (`flag-changes-effect`), so a flag nobody classified is never waved through.
 * `-n/--namespace` is not here: the comparer treats the namespace as part of the object.
 * tests/integration/kubectl-flag-effects.test.ts checks every flag named here against the real
 * `kubectl <command> --help` and `kubectl options`.
 */
export type FlagEffect = "neutral" | { code: FlagEffectCode };

export type FlagEffectCode =
  | "flag-previews-only"
  | "flag-selects-objects"
  | "flag-other-cluster"
  | "flag-precondition"
  | "flag-graceful"
  | "flag-recreates"
  | "flag-cascade"
  | "flag-shows-help"
  | "flag-changes-effect";

// The reasons as feedback objects: a grader copies the code into its feedback, and the test that
// every feedback code has a message (tests/unit/layers/feedback-messages.test.ts) finds them here.
const PREVIEWS_ONLY: FlagEffect = { code: "flag-previews-only" };
const SELECTS_OBJECTS: FlagEffect = { code: "flag-selects-objects" };
const OTHER_CLUSTER: FlagEffect = { code: "flag-other-cluster" };
const PRECONDITION: FlagEffect = { code: "flag-precondition" };
const GRACEFUL: FlagEffect = { code: "flag-graceful" };
const RECREATES: FlagEffect = { code: "flag-recreates" };
const CASCADE: FlagEffect = { code: "flag-cascade" };
const SHOWS_HELP: FlagEffect = { code: "flag-shows-help" };
/** The effect of every flag not listed: it changes what the command does. */
export const CHANGES_EFFECT: FlagEffect = { code: "flag-changes-effect" };

type FlagEffects = Readonly<Record<string, FlagEffect>>;

/** `[effect, "flag flag …"]` groups → flag name → effect. */
function effects(...groups: [FlagEffect, string][]): FlagEffects {
  return Object.fromEntries(groups.flatMap(([effect, names]) => names.split(" ").map((name) => [name, effect])));
}

/** The options of `kubectl options`, which every command takes (all of them but `--namespace`). */
export const GLOBAL_FLAG_EFFECTS: FlagEffects = effects(
  [
    "neutral",
    "cache-dir disable-compression log-flush-frequency match-server-version profile profile-output request-timeout v vmodule warnings-as-errors",
  ],
  [
    OTHER_CLUSTER,
    "as as-group as-uid certificate-authority client-certificate client-key cluster context insecure-skip-tls-verify kubeconfig password server tls-server-name token user username",
  ],
  [SHOWS_HELP, "help"],
);

/** Flags with the same effect on every command that has them. */
export const COMMON_FLAG_EFFECTS: FlagEffects = effects(
  // How the result is printed, how long to wait for it, whether to follow it.
  [
    "neutral",
    "allow-missing-template-keys chunk-size ignore-not-found no-headers output pod-running-timeout quiet record show-managed-fields sort-by template timeout wait watch",
  ],
  [PREVIEWS_ONLY, "dry-run local"],
  [SELECTS_OBJECTS, "all all-namespaces field-selector filename kustomize recursive selector"],
  [PRECONDITION, "current-replicas resource-version"],
  [GRACEFUL, "force grace-period"],
  [CASCADE, "cascade"],
);

/**
 * Per command path, where a flag's effect differs from the common one (`--selector` of `expose`
 * sets the Service's selector, it does not pick objects) or the flag is neutral on that command only.
 */
export const COMMAND_FLAG_EFFECTS: Readonly<Record<string, FlagEffects>> = {
  get: effects(["neutral", "label-columns output-watch-events server-print show-kind show-labels watch-only"]),
  describe: effects(["neutral", "show-events"]),
  delete: effects([GRACEFUL, "now"]),
  apply: effects([RECREATES, "force"]),
  replace: effects([RECREATES, "force"]),
  drain: effects([SELECTS_OBJECTS, "pod-selector"], [CHANGES_EFFECT, "force"]),
  edit: effects(["neutral", "output-patch windows-line-endings"]),
  create: effects(["neutral", "windows-line-endings"]),
  expose: effects([CHANGES_EFFECT, "selector"]),
  "create poddisruptionbudget": effects([CHANGES_EFFECT, "selector"]),
  logs: effects(
    ["neutral", "follow ignore-errors insecure-skip-tls-verify-backend max-log-requests prefix timestamps"],
    [SELECTS_OBJECTS, "all-pods"],
  ),
  events: effects([SELECTS_OBJECTS, "for"]),
  "top pod": effects(["neutral", "sum use-protocol-buffers"]),
  "top node": effects(["neutral", "use-protocol-buffers"]),
  "api-resources": effects(["neutral", "cached"]),
  cp: effects(["neutral", "retries"]),
  diff: effects(["neutral", "concurrency"]),
};

/**
 * What flag `name` (long name) does to the command at `path` (`scale`, `rollout undo`, …). A
 * command's own flag wins over a global one of the same name: `--cluster` of `config set-context`
 * names the context's cluster, it does not talk to another one.
 */
export function flagEffect(path: string, name: string): FlagEffect {
  const isLocal = findCommandSpec(path)?.flags.some((flag) => flag.name === name) ?? false;
  if (!isLocal) return GLOBAL_FLAG_EFFECTS[name] ?? CHANGES_EFFECT;
  return COMMAND_FLAG_EFFECTS[path]?.[name] ?? COMMON_FLAG_EFFECTS[name] ?? CHANGES_EFFECT;
}
