import { describe, expect, it } from "vitest";
import { compareKubectlCommands } from "@/lib/core/kubectl";
import { GRADING_ROWS } from "./kubectl-grading-rows";

describe("compareKubectlCommands: graded rows", () => {
  it("covers at least 230 rows", () => {
    expect(GRADING_ROWS.length).toBeGreaterThanOrEqual(230);
  });

  it.each(GRADING_ROWS)(
    "$behaviour: $answer → $verdict (expected: $expected)",
    ({ expected, answer, verdict, codes }) => {
      const result = compareKubectlCommands(expected, answer);
      expect(result.verdict).toBe(verdict);
      if (verdict === "correct") {
        // A correct answer may carry notes about flags that change nothing, never a mistake.
        expect(result.score).toBe(1);
        expect(result.feedback.filter((item) => item.code !== "neutral-flag")).toEqual([]);
      }
      if (verdict === "incorrect") expect(result.score).toBe(0);
      if (verdict === "partial") {
        expect(result.score).toBeGreaterThan(0);
        expect(result.score).toBeLessThan(1);
      }
      if (codes) expect(result.feedback.map((item) => item.code).sort()).toEqual([...codes].sort());
    },
  );

  // Not rows with notes: a neutral flag the answer adds is fine, one the model answer asks for is not optional.
  const equalRows = GRADING_ROWS.filter(
    (row) => row.verdict === "correct" && compareKubectlCommands(row.expected, row.answer).feedback.length === 0,
  );
  it.each(equalRows)("is symmetric for equal commands: $answer", ({ expected, answer }) => {
    expect(compareKubectlCommands(answer, expected).verdict).toBe("correct");
  });
});

describe("compareKubectlCommands: feedback and score", () => {
  it("gives no credit for scaling another ReplicaSet, naming the object it acts on", () => {
    const result = compareKubectlCommands(
      "kubectl scale rs frontend --replicas=5",
      "kubectl scale rs sample.replicaset.yaml --replicas 5",
    );
    expect(result).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [{ code: "wrong-name", params: { expected: "frontend", actual: "sample.replicaset.yaml" } }],
    });
  });

  it("names an extra effect-changing flag with its value and the verb it changes", () => {
    const result = compareKubectlCommands(
      "kubectl scale rs frontend --replicas=5",
      "kubectl scale rs frontend --replicas=5 --dry-run=client",
    );
    expect(result.feedback).toEqual([
      { code: "flag-previews-only", params: { flag: "--dry-run=client", verb: "scale" } },
    ]);
  });

  it("notes an extra neutral flag by its long name and value", () => {
    const result = compareKubectlCommands(
      "kubectl scale rs frontend --replicas=5",
      "kubectl scale rs frontend --replicas=5 -o name --record",
    );
    expect(result.feedback).toEqual([
      { code: "neutral-flag", params: { flag: "--output=name" } },
      { code: "neutral-flag", params: { flag: "--record" } },
    ]);
  });

  it("refuses -h: kubectl prints its help and does not run the command", () => {
    expect(compareKubectlCommands("kubectl get pods", "kubectl get pods -h").feedback).toEqual([
      { code: "flag-shows-help", params: { flag: "--help", verb: "get" } },
    ]);
  });

  it("shows the values of a repeated flag as a comma list", () => {
    const result = compareKubectlCommands(
      "kubectl create configmap app --from-literal=mode=prod --from-literal=level=debug",
      "kubectl create configmap app --from-literal=mode=prod",
    );
    expect(result.feedback).toEqual([
      {
        code: "wrong-flag-value",
        params: { flag: "--from-literal", expected: "level=debug,mode=prod", actual: "mode=prod" },
      },
    ]);
  });

  it("reports the typed flag and where it is when the flag is unknown", () => {
    const result = compareKubectlCommands(
      "kubectl scale rs frontend --replicas=5",
      "kubectl scale rs frontend --replica=5",
    );
    expect(result.feedback[0]).toMatchObject({ code: "parse-error", params: { column: 27 } });
    expect(result.feedback[1]).toEqual({ code: "unknown-flag", params: { flag: "--replica" } });
  });

  it("reports expected and actual values of a differing flag in its long form", () => {
    const result = compareKubectlCommands(
      "kubectl rollout undo deploy web --to-revision=2",
      "kubectl rollout undo deploy web --to-revision 3",
    );
    expect(result.feedback).toEqual([
      { code: "wrong-flag-value", params: { flag: "--to-revision", expected: "2", actual: "3" } },
    ]);
  });

  it("reports a missing neutral flag as partly right and notes an extra one without counting it", () => {
    const result = compareKubectlCommands("kubectl get pods -o wide", "kubectl get pods --show-labels");
    expect(result.feedback).toEqual([
      { code: "missing-flag", params: { flag: "--output", expected: "wide" } },
      { code: "neutral-flag", params: { flag: "--show-labels" } },
    ]);
    // verb + kind (2) of verb + kind (2) + output (1)
    expect(result.score).toBe(0.66);
  });

  it("gives kinds by their API kind names when they differ", () => {
    const result = compareKubectlCommands("kubectl get rs", "kubectl get deploy");
    expect(result.feedback).toEqual([{ code: "wrong-kind", params: { expected: "ReplicaSet", actual: "Deployment" } }]);
  });

  it("reads no -n as the namespace default, in the model answer and in the answer", () => {
    expect(compareKubectlCommands("kubectl get pods", "kubectl get pods -n default")).toEqual({
      verdict: "correct",
      score: 1,
      feedback: [{ code: "neutral-flag", params: { flag: "--namespace=default" } }],
    });
    expect(compareKubectlCommands("kubectl get pods -n shop", "kubectl get pods").feedback).toEqual([
      { code: "wrong-namespace", params: { expected: "shop", actual: "default" } },
    ]);
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
    const expected = "kubectl get pods -n shop -o wide --no-headers --sort-by=.metadata.name";
    const one = compareKubectlCommands(expected, "kubectl get pods -n shop --no-headers --sort-by=.metadata.name");
    const two = compareKubectlCommands(expected, "kubectl get pods -n shop --sort-by=.metadata.name");
    const three = compareKubectlCommands(expected, "kubectl get pods -n shop");
    expect(one.score).toBeGreaterThan(two.score);
    expect(two.score).toBeGreaterThan(three.score);
    expect(three.score).toBeGreaterThan(0);
  });

  it("throws when the expected command itself does not parse", () => {
    expect(() => compareKubectlCommands("kubectl rollout undo deployemnt web", "kubectl get pods")).toThrow(
      /does not parse/,
    );
  });
});
