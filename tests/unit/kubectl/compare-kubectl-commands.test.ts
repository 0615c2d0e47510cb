import { describe, expect, it } from "vitest";
import { compareKubectlCommands } from "@/lib/core/kubectl";
import { GRADING_ROWS } from "./kubectl-grading-rows";

describe("compareKubectlCommands: graded rows", () => {
  it("covers at least 80 rows", () => {
    expect(GRADING_ROWS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(GRADING_ROWS)("$answer → $verdict (expected: $expected)", ({ expected, answer, verdict, codes }) => {
    const result = compareKubectlCommands(expected, answer);
    expect(result.verdict).toBe(verdict);
    if (verdict === "correct") expect(result).toEqual({ verdict, score: 1, feedback: [] });
    if (verdict === "incorrect") expect(result.score).toBe(0);
    if (verdict === "partial") {
      expect(result.score).toBeGreaterThan(0);
      expect(result.score).toBeLessThan(1);
    }
    if (codes) expect(result.feedback.map((item) => item.code).sort()).toEqual([...codes].sort());
  });

  it.each(GRADING_ROWS.filter((row) => row.verdict === "correct"))("is symmetric for equal commands: $answer", ({ expected, answer }) => {
    expect(compareKubectlCommands(answer, expected).verdict).toBe("correct");
  });
});

describe("compareKubectlCommands: feedback and score", () => {
  it("names the wrong object when a file name is given where a ReplicaSet name is expected", () => {
    const result = compareKubectlCommands("kubectl scale rs frontend --replicas=5", "kubectl scale rs sample.replicaset.yaml --replicas 5");
    expect(result.feedback).toEqual([{ code: "wrong-name", params: { expected: "frontend", actual: "sample.replicaset.yaml" } }]);
    // verb + kind (2) + replicas (1) of verb + kind (2) + name + replicas (2)
    expect(result.score).toBe(0.75);
  });

  it("reports the typed flag and where it is when the flag is unknown", () => {
    const result = compareKubectlCommands("kubectl scale rs frontend --replicas=5", "kubectl scale rs frontend --replica=5");
    expect(result.feedback[0]).toMatchObject({ code: "parse-error", params: { column: 27 } });
    expect(result.feedback[1]).toEqual({ code: "unknown-flag", params: { flag: "--replica" } });
  });

  it("reports expected and actual values of a differing flag in its long form", () => {
    const result = compareKubectlCommands("kubectl rollout undo deploy web --to-revision=2", "kubectl rollout undo deploy web --to-revision 3");
    expect(result.feedback).toEqual([{ code: "wrong-flag-value", params: { flag: "--to-revision", expected: "2", actual: "3" } }]);
  });

  it("reports a missing and an unexpected flag separately", () => {
    const result = compareKubectlCommands("kubectl get pods -o wide", "kubectl get pods --show-labels");
    expect(result.feedback).toEqual([
      { code: "missing-flag", params: { flag: "--output", expected: "wide" } },
      { code: "unexpected-flag", params: { flag: "--show-labels", actual: "true" } },
    ]);
    expect(result.score).toBe(0.5);
  });

  it("gives kinds by their API kind names when they differ", () => {
    const result = compareKubectlCommands("kubectl get rs", "kubectl get deploy");
    expect(result.feedback).toEqual([{ code: "wrong-kind", params: { expected: "ReplicaSet", actual: "Deployment" } }]);
  });

  it("treats -n default as a different namespace from none (the context may set another)", () => {
    const result = compareKubectlCommands("kubectl get pods", "kubectl get pods -n default");
    expect(result.feedback).toEqual([{ code: "wrong-namespace", params: { expected: "", actual: "default" } }]);
  });

  it("ignores the namespace when -A is given on both sides", () => {
    expect(compareKubectlCommands("kubectl get pods -A", "kubectl get pods -A -n dev").verdict).toBe("correct");
  });

  it("shows both pipelines normalised when a pipeline stage differs", () => {
    const result = compareKubectlCommands(
      "sed -e 's|replicas: 3|replicas: 5|' rs.yaml | kubectl apply -f -",
      "sed 's|replicas: 3|replicas: 6|' rs.yaml | kubectl apply -f -",
    );
    expect(result.feedback).toEqual([
      {
        code: "wrong-pipeline",
        params: {
          expected: "sed -e 's/replicas: 3/replicas: 5/' rs.yaml | kubectl",
          actual: "sed -e 's/replicas: 3/replicas: 6/' rs.yaml | kubectl",
        },
      },
    ]);
  });

  it("scores lower the more facets differ", () => {
    const expected = "kubectl create deployment web --image=nginx:1.25 --replicas=3 -n shop";
    const one = compareKubectlCommands(expected, "kubectl create deployment web --image=nginx:1.25 --replicas=2 -n shop");
    const two = compareKubectlCommands(expected, "kubectl create deployment web --image=nginx:1.24 --replicas=2 -n shop");
    const three = compareKubectlCommands(expected, "kubectl create deployment api --image=nginx:1.24 --replicas=2 -n shop");
    expect(one.score).toBeGreaterThan(two.score);
    expect(two.score).toBeGreaterThan(three.score);
    expect(three.score).toBeGreaterThan(0);
  });

  it("throws when the expected command itself does not parse", () => {
    expect(() => compareKubectlCommands("kubectl rollout undo deployemnt web", "kubectl get pods")).toThrow(/does not parse/);
  });
});
