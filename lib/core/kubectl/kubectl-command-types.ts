/** Why a command line was rejected; lets graders name the mistake (e.g. `unknown-flag`). */
export type KubectlParseErrorCode =
  | "syntax"
  | "unsupported-shell"
  | "no-kubectl"
  | "unknown-verb"
  | "unknown-subcommand"
  | "unknown-kind"
  | "unknown-flag"
  | "bad-flag-value"
  | "bad-arguments";

export type KubectlParseError = {
  code: KubectlParseErrorCode;
  message: string;
  /** 1-based column into the input string. */
  column: number;
};

/** One program of a pipeline, as the shell would pass it (quotes removed). */
export type ShellStage = {
  program: string;
  /** All words including the program itself. */
  argv: string[];
  /** 1-based column of the program word. */
  column: number;
};

/** One object (or a whole kind, when `name` is absent) that a command acts on. */
export type ResourceTarget = {
  /** Canonical `plural.group` (core kinds: just the plural), e.g. `deployments.apps`, `pods`. */
  resource: string;
  /** The API kind, e.g. `Deployment`. `all` for the `all` category. */
  kind: string;
  name?: string;
};

/** The kubectl stage of a command line, normalised to long flag names and canonical kinds. */
export type KubectlCommand = {
  /** e.g. `rollout`, `scale`, `create`. */
  verb: string;
  /** Canonical subcommand path below the verb, e.g. `undo`, `deployment`, `service nodeport`. */
  subcommand?: string;
  targets: ResourceTarget[];
  /** Other operands in order: label changes, `container=image`, ports, an explain field path. */
  args: string[];
  /** Long flag name (no dashes) → values as given; bare booleans are `"true"`. Excludes namespace. */
  flags: Record<string, string[]>;
  /** From `-n/--namespace`; absent when not given. */
  namespace?: string;
  /** Words after `--` (the command for `exec`/`run`/`debug`). */
  command: string[];
  /** Non-fatal notes, e.g. a deprecated flag. */
  warnings: string[];
};

export type ParsedCommandLine = {
  stages: ShellStage[];
  /** Index into `stages` of the kubectl stage. */
  kubectlStage: number;
  kubectl: KubectlCommand;
};

export type KubectlParseResult = { ok: true; command: ParsedCommandLine } | { ok: false; error: KubectlParseError };
