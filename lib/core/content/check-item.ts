import { checkManifestCompare } from "./check-manifest-compare";
import type { DeckItemInput, DeckItemInputOf, ManifestCheck } from "./deck-schema";
import { findKindSchema } from "./kubernetes-kinds";
import { fieldPathExists, findManifestProblems } from "./kubernetes-schema";
import { flattenSteps } from "./flatten-steps";
import type { NodePath } from "./locate-node";
import { parseCloze } from "./parse-cloze";
import { evaluateManifestCheck, readManifestPath } from "./read-manifest-path";

/** A semantic problem of one item, at a path into the item's YAML. */
export type ItemProblem = { path: NodePath; message: string; atKey?: boolean };
export type CheckItemOptions = {
  checkCommand?: (command: string) => string | null;
  /** Curated decks (the built-in ones) must explain every answer and cite where it comes from. */
  curated?: boolean;
};

/**
 * Checks that need more than the schema: cloze syntax, choice answers, unique steps and options,
 * kubectl commands, manifests against the Kubernetes schema, and `fields` paths.
 */
export function checkItem(item: DeckItemInput, options: CheckItemOptions = {}): ItemProblem[] {
  const problems = checkFields(item.fields ?? []);
  if (options.curated && item.explanation === undefined) problems.push({ path: [], message: 'missing required field "explanation"' });
  if (options.curated && item.source === undefined) problems.push({ path: [], message: 'missing required field "source"' });
  switch (item.type) {
    case "cloze":
      for (const p of parseCloze(item.text).problems) problems.push({ path: ["text"], message: p.message });
      break;
    case "choice":
      problems.push(...checkChoice(item));
      break;
    case "ordering":
      problems.push(...checkOrdering(item));
      break;
    case "kubectl":
      problems.push(...checkCommands(item, options));
      break;
    case "manifest":
      problems.push(...checkManifest(item));
      break;
  }
  return problems;
}

function checkFields(fields: string[]): ItemProblem[] {
  return fields.flatMap((entry, index): ItemProblem[] => {
    const [kind, ...rest] = entry.split(".");
    if (!findKindSchema(kind)) return [{ path: ["fields", index], message: `unknown or unsupported kind "${kind}"` }];
    if (fieldPathExists(kind, undefined, rest.join("."))) return [];
    return [{ path: ["fields", index], message: `"${entry}" is not a field of ${kind} in the Kubernetes API schema` }];
  });
}

function checkChoice(item: DeckItemInputOf<"choice">): ItemProblem[] {
  const correct = item.options.filter((o) => o.correct).length;
  const problems = duplicates(item.options.map((o) => o.text), item.options.map((_, i) => ["options", i, "text"]), "option");
  if (correct === 0) problems.push({ path: ["options"], message: "no option is marked correct: true" });
  if (correct > 1 && item.multiple !== true) {
    problems.push({ path: ["options"], message: `${correct} options are correct, so the item needs multiple: true` });
  }
  if (correct === 1 && item.multiple === true) {
    problems.push({ path: ["multiple"], message: "multiple: true needs more than one correct option" });
  }
  return problems;
}

/** Step counts include the steps inside anyOrder groups; a repeated step is reported where it repeats. */
function checkOrdering(item: DeckItemInputOf<"ordering">): ItemProblem[] {
  const { steps, paths } = flattenSteps(item.steps);
  if (steps.length < 3 || steps.length > 8) {
    return [{ path: ["steps"], message: `an ordering item needs 3 to 8 steps (anyOrder groups included), not ${steps.length}` }];
  }
  // One group holding every step would accept any order: nothing would be asked.
  if (item.steps.length < 2) return [{ path: ["steps", 0, "anyOrder"], message: "every step is in one anyOrder group, so any order is correct" }];
  return duplicates(steps, paths, "step");
}

/** Each value seen before is reported at its own path. */
function duplicates(values: string[], paths: NodePath[], noun: string): ItemProblem[] {
  return values.flatMap((value, index): ItemProblem[] =>
    values.indexOf(value) === index ? [] : [{ path: paths[index], message: `duplicate ${noun} "${value}"` }],
  );
}

function checkCommands(item: DeckItemInputOf<"kubectl">, options: CheckItemOptions): ItemProblem[] {
  const check = options.checkCommand;
  if (!check) return [];
  const forms: [NodePath, string][] = [[["answer"], item.answer], ...(item.accept ?? []).map((a, i): [NodePath, string] => [["accept", i], a])];
  return forms.flatMap(([path, command]) => {
    let error: string | null;
    try {
      error = check(command);
    } catch (cause) {
      // A bug in the command parser must show up as a located error, not abort the whole check.
      error = `the command parser failed (${cause instanceof Error ? cause.message : String(cause)})`;
    }
    return error === null ? [] : [{ path, message: `kubectl command does not parse: ${error}` }];
  });
}

function checkManifest(item: DeckItemInputOf<"manifest">): ItemProblem[] {
  if (!findKindSchema(item.kind, item.apiVersion)) {
    return [{ path: ["kind"], message: `unsupported kind: ${item.apiVersion} ${item.kind}` }];
  }
  const problems: ItemProblem[] = [];
  for (const field of ["apiVersion", "kind"] as const) {
    if (item.solution[field] !== item[field]) {
      problems.push({ path: ["solution", field], message: `solution.${field} must be "${item[field]}" like the item's ${field}` });
    }
  }
  if (problems.length > 0) return problems;
  for (const p of findManifestProblems(item.solution)) {
    const path = ["solution", ...p.path];
    problems.push({ path, message: `${path.join(".")}: ${p.message}`, atKey: p.atKey });
  }
  item.checks.forEach((check, index) => problems.push(...checkOneCheck(item, check, index)));
  return problems;
}

function checkOneCheck(item: DeckItemInputOf<"manifest">, check: ManifestCheck, index: number): ItemProblem[] {
  const modes = [check.equals !== undefined, check.exists === true, check.absent === true].filter(Boolean).length;
  if (modes !== 1) return [{ path: ["checks", index], message: "a check needs exactly one of equals, exists or absent" }];
  const compareProblem = checkManifestCompare(check);
  if (compareProblem) return [{ path: ["checks", index, compareProblem.key], message: compareProblem.message }];
  if (!fieldPathExists(item.kind, item.apiVersion, check.path, { requireIndexes: true })) {
    const needsIndex = fieldPathExists(item.kind, item.apiVersion, check.path);
    const hint = needsIndex ? "; list items need an index, e.g. containers.0.image" : "";
    return [{ path: ["checks", index, "path"], message: `"${check.path}" is not a field path of ${item.apiVersion} ${item.kind}${hint}` }];
  }
  if (evaluateManifestCheck(item.solution, check)) return [];
  const read = readManifestPath(item.solution, check.path);
  const actual = read.found ? truncate(JSON.stringify(read.value) ?? "undefined") : "absent";
  return [{ path: ["checks", index], message: `check on "${check.path}" does not hold on the solution (value there: ${actual})` }];
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
