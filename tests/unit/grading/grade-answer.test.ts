import { describe, expect, it } from "vitest";
import { gradeAnswer, type AnswerKey } from "@/lib/core/grading/grade-answer";
import { MAX_TYPED_ANSWER_LENGTH } from "@/lib/core/grading/answer-response-schema";
import { RECREATE_DEPLOYMENT, RECREATE_KEY } from "./manifest-fixtures";

const INVALID = { verdict: "incorrect", score: 0, feedback: [{ code: "invalid-response" }] };

const keys: Record<AnswerKey["type"], AnswerKey> = {
  typed: { type: "typed", answer: "OrderedReady", match: "identifier" },
  choice: { type: "choice", optionCount: 3, correct: [1] },
  truefalse: { type: "truefalse", answer: true },
  ordering: { type: "ordering", stepCount: 3 },
  kubectl: { type: "kubectl", answer: "kubectl get pods -n kube-system", accept: ["kubectl get po -n kube-system"] },
  manifest: { type: "manifest", ...RECREATE_KEY },
};

describe("gradeAnswer", () => {
  it.each([
    ["typed", { text: "OrderedReady" }],
    ["choice", { selected: [1] }],
    ["truefalse", { value: true }],
    ["ordering", { order: [0, 1, 2] }],
    ["kubectl", { text: "kubectl get pods -n kube-system" }],
    ["manifest", { yaml: RECREATE_DEPLOYMENT }],
  ] as const)("dispatches a %s key to its grader", (type, response) => {
    expect(gradeAnswer(keys[type], response)).toEqual({ verdict: "correct", score: 1, feedback: [] });
  });

  it.each([
    ["typed", { selected: [1] }],
    ["typed", { text: 42 }],
    ["typed", { text: "x".repeat(MAX_TYPED_ANSWER_LENGTH + 1) }],
    ["choice", { selected: "1" }],
    ["choice", { selected: [1.5] }],
    ["truefalse", { value: "yes" }],
    ["ordering", { order: [0, -1, 2] }],
    ["ordering", { order: Array.from({ length: 65 }, (_, i) => i) }],
    ["kubectl", { yaml: "kubectl get pods" }],
    ["manifest", { yaml: { kind: "Deployment" } }],
    ["manifest", undefined],
    ["typed", "OrderedReady"],
    ["choice", [1]],
  ] as const)("answers a %s key with invalid-response for %j instead of throwing", (type, response) => {
    expect(gradeAnswer(keys[type], response)).toEqual(INVALID);
  });

  it("answers an unknown key type with invalid-response", () => {
    expect(gradeAnswer({ type: "essay" } as unknown as AnswerKey, { text: "x" })).toEqual(INVALID);
  });

  it("takes the best result across a kubectl answer and its accept forms", () => {
    expect(gradeAnswer(keys.kubectl, { text: "kubectl get po -n kube-system" }).verdict).toBe("correct");
  });

  it("reports a blank kubectl command as an empty answer", () => {
    expect(gradeAnswer(keys.kubectl, { text: "   " })).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [{ code: "empty-answer", params: { expected: "kubectl get pods -n kube-system" } }],
    });
  });

  it("ignores extra fields in a response", () => {
    expect(gradeAnswer(keys.truefalse, { value: true, selected: [0] }).verdict).toBe("correct");
  });
});
