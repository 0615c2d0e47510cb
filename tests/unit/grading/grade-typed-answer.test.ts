import { describe, expect, it } from "vitest";
import { gradeTypedAnswer, NEAR_MISS_SCORE } from "@/lib/core/grading/grade-typed-answer";

const orderedReady = { answer: "OrderedReady", match: "identifier" as const };

describe("gradeTypedAnswer", () => {
  it("accepts a full-width identifier with no feedback", () => {
    expect(gradeTypedAnswer(orderedReady, "ＯｒｄｅｒｅｄＲｅａｄｙ")).toEqual({
      verdict: "correct",
      score: 1,
      feedback: [],
    });
  });

  it("rejects an identifier in the wrong case with a case-mismatch hint naming the expected form", () => {
    expect(gradeTypedAnswer(orderedReady, "orderedready")).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [{ code: "case-mismatch", params: { expected: "OrderedReady" } }],
    });
  });

  it("accepts prose in any case", () => {
    expect(gradeTypedAnswer({ answer: "OrderedReady" }, "orderedready").verdict).toBe("correct");
  });

  it("gives partial credit for a one-character slip in prose of six or more characters", () => {
    expect(gradeTypedAnswer({ answer: "localhost" }, "localhots")).toEqual({
      verdict: "partial",
      score: NEAR_MISS_SCORE,
      feedback: [{ code: "near-miss", params: { expected: "localhost" } }],
    });
  });

  it("gives no partial credit for a one-character slip in a short answer", () => {
    expect(gradeTypedAnswer({ answer: "サイドカー" }, "サイドカ").verdict).toBe("incorrect");
  });

  it("marks a one-character slip in an identifier incorrect, as the API server would, but calls it a typo", () => {
    expect(gradeTypedAnswer({ answer: "Recreate", match: "identifier" }, "Recraete")).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [{ code: "typo", params: { expected: "Recreate" } }],
    });
    expect(gradeTypedAnswer({ answer: "ClusterFirst", match: "identifier" }, "ClusterFrist").feedback).toEqual([
      { code: "typo", params: { expected: "ClusterFirst" } },
    ]);
  });

  it("keeps a wrong value of an identifier a wrong answer, not a typo", () => {
    expect(gradeTypedAnswer({ answer: "ClusterFirst", match: "identifier" }, "Default").feedback).toEqual([
      { code: "wrong-answer", params: { expected: "ClusterFirst" } },
    ]);
  });

  it("names the canonical answer in a typo hint even when the slip is nearest an accept form", () => {
    const key = { answer: "spec.template.spec.hostAliases", accept: ["hostAliases"], match: "identifier" as const };
    expect(gradeTypedAnswer(key, "hostAlaises").feedback).toEqual([
      { code: "typo", params: { expected: "spec.template.spec.hostAliases" } },
    ]);
  });

  it("reports an empty answer", () => {
    expect(gradeTypedAnswer(orderedReady, " 「」 ").feedback).toEqual([
      { code: "empty-answer", params: { expected: "OrderedReady" } },
    ]);
  });

  it("names the canonical answer, not the accept forms, when wrong", () => {
    const key = { answer: "サイドカーコンテナ", accept: ["sidecar container"] };
    expect(gradeTypedAnswer(key, "init container").feedback).toEqual([
      { code: "wrong-answer", params: { expected: "サイドカーコンテナ" } },
    ]);
  });

  it("takes the best result across the answer and its accept forms", () => {
    const key = { answer: "サイドカーコンテナ", accept: ["sidecar container"] };
    expect(gradeTypedAnswer(key, "Sidecar Container").verdict).toBe("correct");
    expect(gradeTypedAnswer(key, "sidecar containers").score).toBe(NEAR_MISS_SCORE);
  });

  it("prefers the case-mismatch hint of an accept form over a plain wrong answer", () => {
    const key = { answer: "ClusterFirst", accept: ["Default"], match: "identifier" as const };
    expect(gradeTypedAnswer(key, "default").feedback[0].code).toBe("case-mismatch");
  });
});
