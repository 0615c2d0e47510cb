// Builds the answer keys of the real built-in deck and, per key, a realistic mix of learner
// responses (right, near miss, wrong) with the verdict each one must get, for bench/grading-bench.ts.
import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { decodeDeckFileBytes, defaultDeckOptions, parseDeck, type DeckSourceFile } from "../../lib/core/content";
import { toAnswerKey } from "../../lib/core/content/item-answer-codec";
import { toStoredItem } from "../../lib/core/content/item-storage";
import type { AnswerKey, AnswerResponse } from "../../lib/core/grading/grade-answer";
import type { Verdict } from "../../lib/core/grading/grade-result";

export const GRADED_TYPES = ["typed", "choice", "truefalse", "ordering", "kubectl", "manifest"] as const;
export type GradedType = (typeof GRADED_TYPES)[number];
/** `not-correct`: partial or incorrect are both right (e.g. a changed flag may lose its only facet). */
export type Expectation = Verdict | "not-correct";
export type PreparedResponse = {
  kind: string;
  itemId: string;
  key: AnswerKey;
  response: AnswerResponse;
  expect: Expectation;
};
type DeckKey = { itemId: string; key: AnswerKey; answer: Record<string, unknown> };
export type GradingDeck = { slug: string; files: number; keys: DeckKey[] };

/** Parses `content/decks/<slug>` the way the app does and returns the grading key of every quiz item. */
export function loadDeckKeys(root: string, slug: string): GradingDeck {
  const folder = path.join(root, "content/decks", slug);
  const files: DeckSourceFile[] = fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const decoded = decodeDeckFileBytes(`content/decks/${slug}/${name}`, fs.readFileSync(path.join(folder, name)));
      if (!("text" in decoded)) throw new Error(`${decoded.file}:${decoded.line}: ${decoded.message}`);
      return decoded;
    });
  const parsed = parseDeck(files, defaultDeckOptions);
  if (!parsed.ok) throw new Error(`deck ${slug} does not parse: ${parsed.errors[0]?.message}`);
  const keys = parsed.deck.items.flatMap((item) => {
    const stored = toStoredItem(item);
    const key = toAnswerKey(stored.type, stored.answer);
    return key ? [{ itemId: stored.key, key, answer: stored.answer as Record<string, unknown> }] : [];
  });
  return { slug, files: files.length, keys };
}

/** Every prepared response of one item type, key by key. */
export function prepareResponses(keys: DeckKey[], type: GradedType): PreparedResponse[] {
  const ofType = keys.filter((k) => k.key.type === type);
  return ofType.flatMap((deckKey, index) =>
    responsesFor(deckKey, index, ofType).map((r) => ({ ...r, itemId: deckKey.itemId, key: deckKey.key })),
  );
}

type Draft = { kind: string; response: AnswerResponse; expect: Expectation };

function responsesFor({ key, answer }: DeckKey, index: number, sameType: DeckKey[]): Draft[] {
  switch (key.type) {
    case "typed": {
      const identifier = key.match === "identifier";
      const cased = /[A-Z]/.test(key.answer) ? key.answer.toLowerCase() : key.answer.toUpperCase();
      return [
        { kind: "exact", response: { text: key.answer }, expect: "correct" },
        { kind: "full-width", response: { text: toFullWidth(key.answer) }, expect: "correct" },
        {
          kind: "case",
          response: { text: cased },
          expect: identifier && cased !== key.answer ? "incorrect" : "correct",
        },
        { kind: "other", response: { text: otherTypedAnswer(key, sameType) }, expect: "incorrect" },
      ];
    }
    case "choice": {
      const wrong = Array.from({ length: key.optionCount }, (_, i) => i).find((i) => !key.correct.includes(i)) ?? 0;
      // Single choice: the learner picks a wrong option; multiple: the right set plus one wrong tick.
      const nearMiss = key.multiple ? [...key.correct, wrong] : [wrong];
      return [
        { kind: "correct-set", response: { selected: [...key.correct] }, expect: "correct" },
        {
          kind: key.multiple ? "plus-one-wrong" : "one-wrong",
          response: { selected: nearMiss },
          expect: key.multiple ? "not-correct" : "incorrect",
        },
      ];
    }
    case "truefalse":
      return [
        { kind: "right", response: { value: key.answer }, expect: "correct" },
        { kind: "wrong", response: { value: !key.answer }, expect: "incorrect" },
      ];
    case "ordering": {
      const order = Array.from({ length: key.stepCount }, (_, i) => i);
      const swapped = [...order];
      [swapped[1], swapped[2]] = [swapped[2], swapped[1]];
      return [
        { kind: "correct", response: { order }, expect: "correct" },
        { kind: "swapped-pair", response: { order: swapped }, expect: "partial" },
        { kind: "reversed", response: { order: [...order].reverse() }, expect: "incorrect" },
      ];
    }
    case "kubectl": {
      const accept = key.accept ?? [];
      return [
        { kind: "canonical", response: { text: key.answer }, expect: "correct" },
        { kind: "accept", response: { text: accept[index % accept.length] ?? key.answer }, expect: "correct" },
        { kind: "flag-changed", response: { text: changeFlag(key.answer) }, expect: "not-correct" },
        { kind: "wrong-kind", response: { text: changeKind(key.answer) }, expect: "incorrect" },
      ];
    }
    case "manifest": {
      const solution = answer.solution as Record<string, unknown>;
      const text = stringify(solution);
      return [
        { kind: "solution", response: { yaml: text }, expect: "correct" },
        {
          kind: "check-changed",
          response: { yaml: stringify(withCheckBroken(solution, key.checks)) },
          expect: "partial",
        },
        { kind: "syntax-error", response: { yaml: breakSyntax(text) }, expect: "incorrect" },
      ];
    }
  }
}

/** ASCII → full-width forms (U+FF01–FF5E), as a Japanese IME in full-width mode types them. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

/** Another typed item's answer that is not an accepted form of this one. */
function otherTypedAnswer(key: Extract<AnswerKey, { type: "typed" }>, sameType: DeckKey[]): string {
  const forms = new Set([key.answer, ...(key.accept ?? [])].map((form) => form.toLowerCase()));
  const other = sameType
    .map((k) => (k.key.type === "typed" ? k.key.answer : ""))
    .find((a) => a !== "" && !forms.has(a.toLowerCase()));
  return other ?? "none";
}

/** Changes the value of the first flag (a number is incremented); a command without one gets a namespace. */
function changeFlag(command: string): string {
  const tokens = command.split(" ");
  const dashDash = tokens.indexOf("--");
  const end = dashDash === -1 ? tokens.length : dashDash;
  const at = tokens.findIndex((t, i) => i > 0 && i < end && t.startsWith("-"));
  if (at === -1) return ["kubectl", "--namespace=other", ...tokens.slice(1)].join(" ");
  const eq = tokens[at].indexOf("=");
  if (eq !== -1) tokens[at] = tokens[at].slice(0, eq + 1) + changeValue(tokens[at].slice(eq + 1));
  else tokens[at + 1] = changeValue(tokens[at + 1]);
  return tokens.join(" ");
}

function changeValue(value: string): string {
  if (value === "wide") return "yaml";
  const lastNumber = /\d+(?=\D*$)/;
  return lastNumber.test(value) ? value.replace(lastNumber, (n) => String(Number(n) + 1)) : `other-${value}`;
}

/** A plausible mix-up of resource types; commands that name none (exec, run, apply -f) use another verb. */
const OTHER_KIND: Record<string, string> = {
  pod: "service",
  pods: "services",
  po: "svc",
  rs: "deployment",
  replicaset: "deployment",
  replicasets: "deployments",
  deployment: "daemonset",
  deploy: "ds",
  deployments: "daemonsets",
  daemonset: "statefulset",
  daemonsets: "statefulsets",
  ds: "sts",
  statefulset: "deployment",
  statefulsets: "deployments",
  sts: "deploy",
  pvc: "pv",
};

function changeKind(command: string): string {
  const tokens = command.split(" ");
  for (let i = 2; i < tokens.length && tokens[i] !== "--"; i++) {
    if (tokens[i - 1].startsWith("-") && !tokens[i - 1].includes("=")) continue; // a flag's value
    const [kind, ...rest] = tokens[i].split("/");
    const other = OTHER_KIND[kind];
    if (other) {
      tokens[i] = [other, ...rest].join("/");
      return tokens.join(" ");
    }
  }
  return "kubectl get nodes";
}

/** The solution with the value at the first `equals` check's path changed (same type, other value). */
function withCheckBroken(
  solution: Record<string, unknown>,
  checks: { path: string; equals?: unknown }[],
): Record<string, unknown> {
  const copy = structuredClone(solution);
  const check = checks.find((c) => c.equals !== undefined);
  if (!check) return copy;
  const segments = check.path.split(".");
  let node = copy as Record<string, unknown>;
  for (const segment of segments.slice(0, -1)) node = node[segment] as Record<string, unknown>;
  const last = segments[segments.length - 1];
  const value = check.equals;
  node[last] = typeof value === "number" ? value + 1 : typeof value === "boolean" ? !value : `${String(value)}x`;
  return copy;
}

/** A learner's typical slip: an unterminated quote on the first `name:` line (or the first line). */
function breakSyntax(text: string): string {
  const lines = text.split("\n");
  const at = Math.max(
    0,
    lines.findIndex((line) => /^\s*name: /.test(line)),
  );
  lines[at] = lines[at].replace(/: (.*)$/, ': "$1');
  return lines.join("\n");
}
