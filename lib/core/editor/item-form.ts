// The editor's forms: which fields each item type has, and the conversion between a form's values
// (strings and booleans, as the browser holds them) and a deck item. Pure, so the server converts
// and validates and the client only renders fields.
import { parse as parseYaml, stringify as stringifyYaml } from "yaml";
import type { DeckItemInput, DeckItemType } from "../content/deck-schema";
import { linesToSteps, stepsToLines } from "./ordering-step-lines";

export type FieldKind = "markdown" | "text" | "lines" | "checkbox" | "select" | "yaml";
export type FieldSpec = { name: string; kind: FieldKind; choices?: string[]; required?: boolean };
export type FormValues = Record<string, string | boolean>;

/**
 * Type-specific fields, in the order the learner meets them. `options`: one per line, correct ones
 * start with "* ". `steps`: one per line, a step that may swap with the one above starts with "~ ".
 */
export const TYPE_FIELDS: Record<DeckItemType, FieldSpec[]> = {
  basic: [
    { name: "front", kind: "markdown", required: true },
    { name: "back", kind: "markdown", required: true },
    { name: "reversed", kind: "checkbox" },
  ],
  cloze: [{ name: "text", kind: "markdown", required: true }],
  typed: [
    { name: "prompt", kind: "markdown", required: true },
    { name: "answer", kind: "text", required: true },
    { name: "accept", kind: "lines" },
    { name: "match", kind: "select", choices: ["prose", "identifier"] },
  ],
  choice: [
    { name: "prompt", kind: "markdown", required: true },
    { name: "options", kind: "lines", required: true },
    { name: "multiple", kind: "checkbox" },
  ],
  truefalse: [
    { name: "statement", kind: "markdown", required: true },
    { name: "truth", kind: "select", choices: ["true", "false"] },
  ],
  ordering: [
    { name: "prompt", kind: "markdown", required: true },
    { name: "steps", kind: "lines", required: true },
  ],
  kubectl: [
    { name: "prompt", kind: "markdown", required: true },
    { name: "answer", kind: "text", required: true },
    { name: "accept", kind: "lines" },
  ],
  manifest: [
    { name: "prompt", kind: "markdown", required: true },
    { name: "kind", kind: "text", required: true },
    { name: "apiVersion", kind: "text", required: true },
    { name: "starter", kind: "yaml" },
    { name: "solution", kind: "yaml", required: true },
    { name: "checks", kind: "yaml", required: true },
  ],
};

/** Fields every item has. */
export const COMMON_FIELDS: FieldSpec[] = [
  { name: "id", kind: "text", required: true },
  { name: "section", kind: "select" },
  { name: "explanation", kind: "markdown" },
  { name: "sourceNotes", kind: "text" },
  { name: "sourceUrl", kind: "text" },
  { name: "correctionClaimed", kind: "text" },
  { name: "correctionActual", kind: "text" },
  { name: "tags", kind: "text" },
];

export type FormConversion =
  { ok: true; item: Record<string, unknown> } | { ok: false; errors: { path: string; message: string }[] };

export function formToItem(type: DeckItemType, values: FormValues): FormConversion {
  const str = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const opt = (name: string) => (str(name).trim() === "" ? undefined : str(name));
  const lines = (name: string) =>
    str(name)
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean);
  const errors: { path: string; message: string }[] = [];
  const yaml = (name: string) => {
    if (str(name).trim() === "") return undefined;
    try {
      return parseYaml(str(name)) as unknown;
    } catch (error) {
      errors.push({ path: name, message: `not valid YAML: ${(error as Error).message.split("\n")[0]}` });
      return undefined;
    }
  };
  const item: Record<string, unknown> = { id: str("id").trim(), type, section: str("section") };
  for (const spec of TYPE_FIELDS[type]) {
    if (spec.kind === "checkbox")
      item[spec.name] = values[spec.name] === true || values[spec.name] === "on" ? true : undefined;
    else if (spec.name === "options")
      item.options = lines("options").map((line) => ({
        text: line.replace(/^\*\s*/, ""),
        correct: line.startsWith("*"),
      }));
    else if (spec.name === "truth") item.answer = str("truth") !== "false";
    else if (spec.name === "steps") item.steps = linesToSteps(lines("steps"));
    else if (spec.kind === "lines")
      item[spec.name] = spec.required ? lines(spec.name) : lines(spec.name).length > 0 ? lines(spec.name) : undefined;
    else if (spec.name === "starter") item.starter = opt("starter");
    else if (spec.kind === "yaml") item[spec.name] = yaml(spec.name);
    else if (spec.kind === "select") item[spec.name] = opt(spec.name);
    else item[spec.name] = spec.required ? str(spec.name) : opt(spec.name);
  }
  if (type === "basic" && item.reversed === undefined) delete item.reversed;
  item.explanation = opt("explanation");
  item.source =
    opt("sourceNotes") || opt("sourceUrl")
      ? { notes: str("sourceNotes"), ...(opt("sourceUrl") ? { url: str("sourceUrl").trim() } : {}) }
      : undefined;
  item.correction =
    opt("correctionClaimed") || opt("correctionActual")
      ? { claimed: str("correctionClaimed"), actual: str("correctionActual") }
      : undefined;
  const tags = str("tags")
    .split(/[\s,]+/)
    .filter(Boolean);
  item.tags = tags.length > 0 ? tags : undefined;
  for (const key of Object.keys(item)) if (item[key] === undefined) delete item[key];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, item };
}

/** The form values that show an existing item. */
export function itemToForm(item: DeckItemInput): FormValues {
  const values: FormValues = {
    id: item.id,
    section: item.section,
    explanation: item.explanation ?? "",
    sourceNotes: item.source?.notes ?? "",
    sourceUrl: item.source?.url ?? "",
    correctionClaimed: item.correction?.claimed ?? "",
    correctionActual: item.correction?.actual ?? "",
    tags: (item.tags ?? []).join(" "),
  };
  const record = item as Record<string, unknown>;
  for (const spec of TYPE_FIELDS[item.type]) {
    const value = record[spec.name];
    if (spec.name === "options" && item.type === "choice")
      values.options = item.options.map((o) => `${o.correct ? "* " : ""}${o.text}`).join("\n");
    else if (spec.name === "truth" && item.type === "truefalse") values.truth = String(item.answer);
    else if (spec.name === "steps" && item.type === "ordering") values.steps = stepsToLines(item.steps);
    else if (spec.kind === "checkbox") values[spec.name] = value === true;
    else if (spec.kind === "lines") values[spec.name] = Array.isArray(value) ? value.join("\n") : "";
    else if (spec.kind === "yaml" && spec.name !== "starter")
      values[spec.name] = value === undefined ? "" : stringifyYaml(value, { lineWidth: 0 });
    else values[spec.name] = typeof value === "string" ? value : "";
  }
  return values;
}

/** The form field an error path belongs to ("options.1.text" → "options", "source.url" → "sourceUrl"). */
export function fieldForPath(type: DeckItemType, path: string): string {
  const [head, next] = path.split(".");
  if (head === "source") return next === "url" ? "sourceUrl" : "sourceNotes";
  if (head === "correction") return next === "actual" ? "correctionActual" : "correctionClaimed";
  if (type === "truefalse" && head === "answer") return "truth";
  return head || "id";
}
