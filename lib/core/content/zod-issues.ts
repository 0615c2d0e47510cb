import { z } from "zod";
import type { Document } from "yaml";
import { editDistance } from "../text/edit-distance";
import { DECK_ITEM_TYPES } from "./deck-schema";
import { hasNode, locateNode } from "./locate-node";
import type { Problem } from "./split-deck-markdown";

/**
 * Turns zod issues into located problems: unknown keys at the key (with a did-you-mean), missing
 * fields at the enclosing mapping, everything else at the offending value. `schema` is the object
 * schema the value was checked against, used to suggest the intended key.
 */
export function zodIssuesToProblems(issues: z.core.$ZodIssue[], doc: Document.Parsed, schema: z.ZodType): Problem[] {
  // A typo such as `titel` also makes `title` missing; the did-you-mean already says so.
  const suggested = new Set<string>();
  const problems = issues.flatMap((issue): Problem[] => {
    const path = pathOf(issue);
    if (issue.code !== "unrecognized_keys") return [];
    return issue.keys.map((key) => {
      const best = suggest(key, knownKeys(schema, path));
      if (best) suggested.add([...path, best].join("."));
      const hint = best ? `; did you mean "${best}"?` : "";
      return { offset: locateNode(doc, [...path, key], "key"), message: `unknown field "${key}"${where(path)}${hint}` };
    });
  });
  for (const issue of issues) {
    const path = pathOf(issue);
    if (issue.code === "unrecognized_keys") continue;
    const offset = locateNode(doc, path);
    if (!hasNode(doc, path)) {
      if (!suggested.has(path.join("."))) problems.push({ offset, message: `missing required field "${path.join(".")}"` });
    } else if (issue.code === "invalid_union" && path.join(".") === "type") {
      problems.push({ offset, message: `unknown item type; expected one of ${DECK_ITEM_TYPES.join(", ")}` });
    } else {
      const label = path.length > 0 ? path.join(".") : "value";
      problems.push({ offset, message: `${label}: ${issue.message.replace(/^Invalid input: /, "")}` });
    }
  }
  return problems;
}

function pathOf(issue: z.core.$ZodIssue): (string | number)[] {
  return issue.path.filter((s): s is string | number => typeof s !== "symbol");
}

function where(path: (string | number)[]): string {
  return path.length > 0 ? ` in ${path.join(".")}` : "";
}

/** The known key a typo such as `titel` most likely meant (`title`), within a third of its length. */
function suggest(key: string, known: string[]): string | null {
  const limit = Math.max(1, Math.floor(key.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best !== null && bestDistance <= limit ? best : null;
}

/** Keys an object schema accepts at `path`, following optional wrappers and array elements. */
function knownKeys(schema: z.ZodType, path: (string | number)[]): string[] {
  let current: unknown = schema;
  for (const segment of [...path, null]) {
    while (current instanceof z.ZodOptional) current = current.unwrap();
    if (segment === null) break;
    if (current instanceof z.ZodArray && typeof segment === "number") current = current.element;
    else if (current instanceof z.ZodObject && typeof segment === "string") current = current.shape[segment];
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}
