import type { CommandSpec } from "./kubectl-command-spec";
import type { ResourceTarget } from "./kubectl-command-types";
import { findResourceType, KUBECTL_RESOURCES, resourceId, type ResourceType } from "./kubectl-resources";
import { fail } from "./kubectl-syntax-error";
import type { ParsedFlags } from "./parse-kubectl-flags";
import { didYouMean } from "./suggest-closest";
import type { ShellWord } from "./tokenize-shell";

export type ResolvedOperands = { targets: ResourceTarget[]; args: string[] };

const TYPE_WORDS = KUBECTL_RESOURCES.flatMap((type) => [type.plural, type.kind.toLowerCase(), ...type.shortNames]);
const ALL: ResourceTarget = { resource: "all", kind: "all" };

function target(type: ResourceType, name?: string): ResourceTarget {
  return name === undefined
    ? { resource: resourceId(type), kind: type.kind }
    : { resource: resourceId(type), kind: type.kind, name };
}

function impliedType(spec: CommandSpec): ResourceType {
  return KUBECTL_RESOURCES.find((type) => resourceId(type) === spec.resource) as ResourceType;
}

function lookupType(text: string, column: number): ResourceType {
  const type = findResourceType(text);
  if (!type) fail("unknown-kind", `unknown resource type "${text}"${didYouMean(text, TYPE_WORDS)}`, column);
  return type;
}

/** `TYPE/NAME` → one target. */
function slashTarget(word: ShellWord): ResourceTarget {
  const parts = word.value.split("/");
  if (parts.length === 1) {
    fail(
      "bad-arguments",
      `"${word.value}": when one object is given as TYPE/NAME, write every object as TYPE/NAME`,
      word.column,
    );
  }
  if (parts.length > 2)
    fail("bad-arguments", `"${word.value}": TYPE/NAME may not have more than one slash`, word.column);
  const [typeText, name] = parts;
  if (typeText === "" || name === "")
    fail("bad-arguments", `"${word.value}": write TYPE/NAME, e.g. deployment/web`, word.column);
  return target(lookupType(typeText, word.column), name);
}

/** `TYPE[,TYPE…]` → the types, with the column of each part for errors. */
function typeList(word: ShellWord, allowAll: boolean): (ResourceType | "all")[] {
  let offset = 0;
  return word.value.split(",").map((part) => {
    const column = word.column + offset;
    offset += part.length + 1;
    if (part === "") fail("bad-arguments", `empty resource type in "${word.value}"`, column);
    return allowAll && part === "all" ? "all" : lookupType(part, column);
  });
}

const hasSource = (parsed: ParsedFlags) => Boolean(parsed.flags.filename || parsed.flags.kustomize);

function splitChanges(spec: CommandSpec, operands: ShellWord[]): [ShellWord[], string[]] {
  if (spec.changes === undefined || operands.length === 0) return [operands, []];
  if (spec.changes === "last") return [operands.slice(0, -1), [operands[operands.length - 1].value]];
  const pattern = spec.changes;
  const changes = operands.filter((word) => pattern.test(word.value)).map((word) => word.value);
  return [operands.filter((word) => !pattern.test(word.value)), changes];
}

function resolveResources(spec: CommandSpec, parsed: ParsedFlags, verb: ShellWord): ResolvedOperands {
  const [words, args] = splitChanges(spec, parsed.operands);
  if (spec.needsChanges && args.length === 0 && !parsed.flags.list) {
    fail("bad-arguments", `"kubectl ${spec.path}" needs at least one change such as key=value or key-`, verb.column);
  }
  if (words.length === 0) {
    if (spec.needsTarget && !hasSource(parsed)) {
      fail(
        "bad-arguments",
        `"kubectl ${spec.path}" needs a resource: TYPE NAME, TYPE/NAME or -f FILENAME`,
        verb.column,
      );
    }
    return { targets: [], args };
  }
  if (words.some((word) => word.value.includes("/"))) return { targets: words.map(slashTarget), args };
  const types = typeList(words[0], spec.allowAll === true);
  const names = words.slice(1).map((word) => word.value);
  const targets = types.flatMap((type) => {
    if (type === "all") return names.length === 0 ? [ALL] : names.map((name) => ({ ...ALL, name }));
    return names.length === 0 ? [target(type)] : names.map((name) => target(type, name));
  });
  return { targets, args };
}

function checkCount(spec: CommandSpec, operands: ShellWord[], verb: ShellWord): void {
  const count = operands.length;
  if (spec.path === "exec" && count > 1) {
    fail("bad-arguments", "exec POD COMMAND is not supported: write kubectl exec POD -- COMMAND", operands[1].column);
  }
  const { minOperands = 0, maxOperands = Infinity } = spec;
  if (count >= minOperands && count <= maxOperands) return;
  const expected =
    minOperands === maxOperands
      ? `exactly ${minOperands}`
      : count < minOperands
        ? `at least ${minOperands}`
        : `at most ${maxOperands}`;
  const where = count > maxOperands ? operands[maxOperands].column : verb.column;
  fail("bad-arguments", `"kubectl ${spec.path}" takes ${expected} argument(s), got ${count}`, where);
}

function resolveObject(spec: CommandSpec, parsed: ParsedFlags, verb: ShellWord): ResolvedOperands {
  const [first, ...rest] = parsed.operands;
  const args = rest.map((word) => word.value);
  if (first === undefined) {
    if (!hasSource(parsed) && !parsed.flags.selector)
      fail("bad-arguments", `"kubectl ${spec.path}" needs a pod name or TYPE/NAME`, verb.column);
    return { targets: [], args };
  }
  const object = first.value.includes("/") ? slashTarget(first) : target(impliedType(spec), first.value);
  return { targets: [object], args };
}

function resolveExplain(parsed: ParsedFlags): ResolvedOperands {
  const word = parsed.operands[0];
  const [typeText, ...path] = word.value.split(".");
  return { targets: [target(lookupType(typeText, word.column))], args: path.length > 0 ? [path.join(".")] : [] };
}

/**
 * Gives the operands their meaning for the command's {@link CommandSpec.operands} shape: which
 * objects (kind + name) it acts on, and which other arguments it takes. Unknown kinds and
 * malformed TYPE/NAME forms are errors, as in kubectl.
 */
export function resolveKubectlOperands(spec: CommandSpec, parsed: ParsedFlags, verb: ShellWord): ResolvedOperands {
  const values = parsed.operands.map((word) => word.value);
  switch (spec.operands) {
    case "resources":
      return resolveResources(spec, parsed, verb);
    case "none":
      if (values.length > 0)
        fail(
          "bad-arguments",
          `"kubectl ${spec.path}" takes no arguments, got "${values[0]}"`,
          parsed.operands[0].column,
        );
      if (spec.needsTarget && !hasSource(parsed))
        fail("bad-arguments", `"kubectl ${spec.path}" needs -f FILENAME or -k DIR`, verb.column);
      return { targets: [], args: [] };
    case "name":
      checkCount(spec, parsed.operands, verb);
      if (values.length === 0 && spec.needsTarget && !parsed.flags.selector)
        fail("bad-arguments", `"kubectl ${spec.path}" needs a NAME`, verb.column);
      return {
        targets:
          values.length === 0 ? [target(impliedType(spec))] : values.map((name) => target(impliedType(spec), name)),
        args: [],
      };
    case "object":
      checkCount(spec, parsed.operands, verb);
      return resolveObject(spec, parsed, verb);
    case "explain":
      checkCount(spec, parsed.operands, verb);
      return resolveExplain(parsed);
    case "free":
      checkCount(spec, parsed.operands, verb);
      return { targets: [], args: values };
  }
}
