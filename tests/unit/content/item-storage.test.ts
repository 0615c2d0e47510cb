import path from "node:path";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { defaultDeckOptions, flattenSteps, parseDeck, type DeckItem } from "@/lib/core/content";
import { toAnswerKey } from "@/lib/core/content/item-answer-codec";
import { toStoredItem } from "@/lib/core/content/item-storage";
import { gradeAnswer } from "@/lib/core/grading/grade-answer";
import { FIXTURES, loadDeckFolder } from "../../fixtures/decks/deck-builders";

const BUILT_IN = path.resolve(import.meta.dirname, "../../../content/decks/kubernetes-workloads");

function parseFolder(dir: string): DeckItem[] {
  const result = parseDeck(loadDeckFolder(dir), defaultDeckOptions);
  if (!result.ok) throw new Error(`fixture deck ${dir} does not parse: ${result.errors[0]?.message}`);
  return result.deck.items;
}

const everyType = parseFolder(path.join(FIXTURES, "valid/every-type"));
const builtIn = parseFolder(BUILT_IN);
const byId = (id: string) => everyType.find((item) => item.id === id)!;
/** Quiz items in JSON form, as they come back from the database. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Text a learner must not see before answering, per item; choice options and ordering steps are shown by design. */
function secretsOf(item: DeckItem): string[] {
  switch (item.type) {
    case "basic":
      return [item.back];
    case "cloze":
      return [item.text];
    case "typed":
    case "kubectl":
      return [item.answer, ...(item.accept ?? [])];
    case "manifest":
      return [JSON.stringify(item.solution)];
    default:
      return [];
  }
}

const SECRET_KEYS = ["back", "answer", "accept", "correct", "solution", "checks", "text", "stepCount", "optionCount"];

/** Whether `json` holds `secret` as a whole token ("Delete" must not match "whenDeleted"). */
function containsWord(json: string, secret: string): boolean {
  const escaped = JSON.stringify(secret).slice(1, -1).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![A-Za-z0-9])${escaped}(?![A-Za-z0-9])`).test(json);
}

function keysDeep(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysDeep);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)]);
}

describe("toStoredItem", () => {
  it("keeps only the front of a basic item in the body and the back and reversed flag in the answer", () => {
    const stored = toStoredItem(byId("pod-shared-network"));
    expect(stored.body).toEqual({ front: "How do containers in the same Pod reach each other?" });
    expect(stored.answer).toEqual({ back: "Over `localhost`: they share one network namespace and IP address.", reversed: true });
  });

  it("stores an empty body for a cloze item and its full text in the answer", () => {
    const item = byId("pod-restart-policy-cloze");
    const stored = toStoredItem(item);
    expect(stored.body).toEqual({});
    expect(stored.answer).toEqual({ text: item.type === "cloze" ? item.text : null });
  });

  it("turns choice options into plain texts and keeps the correct indexes on the server side", () => {
    const stored = toStoredItem(byId("pod-phase-choice"));
    expect(stored.body).toEqual({ prompt: "Which of these are Pod phases?", multiple: true, options: ["Pending", "Succeeded", "CrashLoopBackOff"] });
    expect(stored.answer).toEqual({ correct: [0, 1], optionCount: 3, multiple: true });
  });

  it("splits typed, truefalse, ordering, kubectl and manifest items", () => {
    expect(toStoredItem(byId("statefulset-pod-management"))).toMatchObject({
      body: { prompt: "Which podManagementPolicy starts StatefulSet Pods one at a time, in order?", match: "identifier" },
      answer: { answer: "OrderedReady", accept: ["Ordered Ready"], match: "identifier" },
    });
    expect(toStoredItem(byId("deployment-default-strategy"))).toMatchObject({
      body: { statement: "A Deployment without a strategy uses RollingUpdate." },
      answer: { answer: true },
    });
    expect(toStoredItem(byId("deployment-rollback-steps")).answer).toEqual({ stepCount: 3 });
    expect(toStoredItem(byId("deployment-scale-command")).answer).toEqual({
      answer: "kubectl scale deployment web --replicas=5",
      accept: ["kubectl scale deploy/web --replicas 5"],
    });
    const manifest = toStoredItem(byId("deployment-recreate-manifest"));
    expect(manifest.body).toMatchObject({ kind: "Deployment", apiVersion: "apps/v1", starter: expect.stringContaining("name: web") });
    expect(manifest.answer).toMatchObject({ kind: "Deployment", apiVersion: "apps/v1", solution: { kind: "Deployment" } });
  });

  it("flattens anyOrder groups into the shown steps and keeps their indexes on the server side", () => {
    const grouped = { ...byId("deployment-rollback-steps"), steps: ["history", { anyOrder: ["undo", "annotate"] }, "status"] } as DeckItem;
    expect(toStoredItem(grouped)).toMatchObject({
      body: { steps: ["history", "undo", "annotate", "status"] },
      answer: { stepCount: 4, anyOrder: [[1, 2]] },
    });
    expect(toAnswerKey("ordering", roundTrip(toStoredItem(grouped).answer))).toEqual({ type: "ordering", stepCount: 4, anyOrder: [[1, 2]] });
  });

  it("carries the key, placement, explanation, source, correction and content hash", () => {
    const item = byId("statefulset-pod-management");
    expect(toStoredItem(item)).toMatchObject({
      key: "statefulset-pod-management",
      type: "typed",
      section: "recall",
      position: item.position,
      explanation: item.explanation,
      sources: { notes: "## StatefulSets L4" },
      correction: { claimed: "The default is Parallel.", actual: "The default is OrderedReady." },
      contentHash: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    expect(toStoredItem(byId("pod-phase-choice")).correction).toBeNull();
  });

  it.each([
    ["the built-in deck", builtIn],
    ["the every-type fixture", everyType],
  ])("never puts an answer, accepted form, flag or solution into the body (%s)", (_name, items) => {
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const body = JSON.stringify(toStoredItem(item).body);
      expect(keysDeep(toStoredItem(item).body).filter((key) => SECRET_KEYS.includes(key)), item.id).toEqual([]);
      for (const secret of secretsOf(item)) expect(containsWord(body, secret), `${item.id}: ${secret}`).toBe(false);
    }
  });

  it("leaves no correctness flag next to choice options", () => {
    for (const item of builtIn.filter((i) => i.type === "choice")) {
      const body = toStoredItem(item).body as { options: unknown[] };
      expect(body.options.every((option) => typeof option === "string"), item.id).toBe(true);
    }
  });
});

/** The response a learner who knows the answer would send. */
function perfectResponse(item: DeckItem): unknown {
  switch (item.type) {
    case "typed":
    case "kubectl":
      return { text: item.answer };
    case "choice":
      return { selected: item.options.flatMap((option, i) => (option.correct ? [i] : [])) };
    case "truefalse":
      return { value: item.answer };
    case "ordering":
      return { order: flattenSteps(item.steps).steps.map((_, i) => i) };
    case "manifest":
      return { yaml: stringify(item.solution) };
    default:
      return null;
  }
}

describe("toAnswerKey", () => {
  const quizItems = [...builtIn, ...everyType].filter((item) => item.type !== "basic" && item.type !== "cloze");

  it("grades the author's own answer to every quiz item of the built-in deck as correct", () => {
    expect(quizItems.length).toBeGreaterThan(50);
    for (const item of quizItems) {
      const stored = roundTrip(toStoredItem(item));
      const key = toAnswerKey(stored.type, stored.answer);
      expect(key, item.id).not.toBeNull();
      expect(gradeAnswer(key!, perfectResponse(item)), item.id).toMatchObject({ verdict: "correct", score: 1 });
    }
  });

  it("grades a wrong true/false answer and a reversed order as not correct", () => {
    const tf = byId("deployment-default-strategy");
    const tfKey = toAnswerKey("truefalse", toStoredItem(tf).answer)!;
    expect(gradeAnswer(tfKey, { value: false }).verdict).toBe("incorrect");
    const orderingKey = toAnswerKey("ordering", toStoredItem(byId("deployment-rollback-steps")).answer)!;
    expect(gradeAnswer(orderingKey, { order: [2, 1, 0] }).verdict).not.toBe("correct");
  });

  it("builds the key the choice grader needs, including the option count", () => {
    expect(toAnswerKey("choice", toStoredItem(byId("pod-phase-choice")).answer)).toEqual({
      type: "choice",
      correct: [0, 1],
      optionCount: 3,
      multiple: true,
    });
  });

  it("leaves the manifest solution out of the grading key", () => {
    const key = toAnswerKey("manifest", roundTrip(toStoredItem(byId("deployment-recreate-manifest")).answer));
    expect(key).not.toHaveProperty("solution");
    expect(key).toMatchObject({ type: "manifest", kind: "Deployment", apiVersion: "apps/v1" });
  });

  it("returns null for basic and cloze items, which are never graded", () => {
    expect(toAnswerKey("basic", toStoredItem(byId("pod-shared-network")).answer)).toBeNull();
    expect(toAnswerKey("cloze", toStoredItem(byId("pod-restart-policy-cloze")).answer)).toBeNull();
  });

  it("throws on an unknown type or a stored answer of the wrong shape", () => {
    expect(() => toAnswerKey("essay", { answer: "x" })).toThrow(/essay/);
    expect(() => toAnswerKey("truefalse", { answer: "true" })).toThrow(/truefalse.*answer/);
    expect(() => toAnswerKey("choice", null)).toThrow(/choice/);
  });
});
