import { decodeFlags, type FlagSpec } from "./kubectl-flag-spec";

/**
 * What the operands (non-flag words) of a command mean:
 * - `none`: no operands (`apply`, `version`).
 * - `resources`: `TYPE[,TYPE…] [NAME…]` or `TYPE/NAME…`, optionally followed by changes
 *   (`key=value`, `container=image`, …) recognised by {@link CommandSpec.changes}.
 * - `object`: one object named by `NAME` (of the implied {@link CommandSpec.resource}) or
 *   `TYPE/NAME` (`logs`, `exec`, `port-forward`); further operands are kept as args.
 * - `name`: names of the implied resource (`create deployment NAME`, `run NAME`, `cordon NODE`).
 * - `explain`: `TYPE[.field.path]`.
 * - `free`: plain words compared in order (`cp SRC DST`, `auth can-i VERB TYPE`).
 */
export type OperandShape = "none" | "resources" | "object" | "name" | "explain" | "free";

export type CommandSpec = {
  /** Canonical words below `kubectl`, e.g. `rollout undo`, `create service nodeport`. */
  path: string;
  flags: FlagSpec[];
  operands: OperandShape;
  /** Resource id implied by the command (`create deployment` → `deployments.apps`). */
  resource?: string;
  minOperands?: number;
  maxOperands?: number;
  /** `resources` shape: which trailing operands are changes rather than resource words. */
  changes?: RegExp | "last";
  /** Flags cobra marks required; kubectl fails before contacting a server without them. */
  required?: string[];
  /** The command needs `-f`/`-k` (shape `none`) or operands, `-f`, `-k` or `-l` (shape `resources`). */
  needsTarget?: boolean;
  /** At least one change operand is required (`label`, `annotate`, `taint`), unless `--list`. */
  needsChanges?: boolean;
  /** `all` (the category) is a valid TYPE. */
  allowAll?: boolean;
};

type SpecOptions = Omit<CommandSpec, "path" | "flags" | "operands">;

/** Builds a spec from the compact flag notation of {@link decodeFlags}. */
export function command(path: string, operands: OperandShape, flags: string[], options: SpecOptions = {}): CommandSpec {
  return { path, operands, flags: decodeFlags(...flags), ...options };
}
