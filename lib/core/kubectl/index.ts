export { compareKubectlCommands } from "./compare-kubectl-commands";
export type {
  KubectlCommand,
  KubectlParseError,
  KubectlParseErrorCode,
  KubectlParseResult,
  ParsedCommandLine,
  ResourceTarget,
  ShellStage,
} from "./kubectl-command-types";
export { findResourceType, KUBECTL_RESOURCES, resourceId, type ResourceType } from "./kubectl-resources";
export { findCommandSpec, KUBECTL_COMMANDS } from "./kubectl-verbs";
export type { CommandSpec, OperandShape } from "./kubectl-command-spec";
export type { FlagKind, FlagSpec } from "./kubectl-flag-spec";
export { normalizeKubectlCommand, type NormalizedCommandLine } from "./normalize-kubectl-command";
export { KUBECTL_PROGRAMS, parseKubectlCommand, PIPELINE_PROGRAMS } from "./parse-kubectl-command";
