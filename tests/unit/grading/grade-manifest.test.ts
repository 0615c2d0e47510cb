import { describe, expect, it } from "vitest";
import { gradeManifest, SCHEMA_ERROR_FACTOR } from "@/lib/core/grading/grade-manifest";
import {
  deployment,
  QUANTITY_KEY,
  RECREATE_DEPLOYMENT,
  RECREATE_KEY,
  ROLLING_DEPLOYMENT,
  ROLLING_KEY,
  ROLLING_STRATEGY,
  resources,
  rolling,
  SURGE_KEY,
  TYPO_DEPLOYMENT,
} from "./manifest-fixtures";

describe("gradeManifest", () => {
  it("gives full credit and no feedback to a Deployment that passes every check", () => {
    expect(gradeManifest(RECREATE_KEY, RECREATE_DEPLOYMENT)).toEqual({ verdict: "correct", score: 1, feedback: [] });
  });

  it("scores passed weight over total weight and reports each failed check", () => {
    // Fails `spec.strategy.type` (weight 2) and `rollingUpdate` absent (weight 1) of 5.
    expect(gradeManifest(RECREATE_KEY, ROLLING_DEPLOYMENT)).toEqual({
      verdict: "partial",
      score: 2 / 5,
      feedback: [
        {
          code: "check-failed",
          params: { path: "spec.strategy.type", check: "equals", expected: "Recreate", actual: "RollingUpdate" },
        },
        {
          code: "check-failed",
          params: {
            path: "spec.strategy.rollingUpdate",
            check: "absent",
            actual: '{"maxSurge":"25%","maxUnavailable":0}',
          },
        },
      ],
    });
  });

  it("omits `actual` when the checked path is missing", () => {
    const result = gradeManifest(RECREATE_KEY, deployment());
    expect(result.feedback).toEqual([
      { code: "check-failed", params: { path: "spec.strategy.type", check: "equals", expected: "Recreate" } },
    ]);
    expect(result.score).toBe(3 / 5);
  });

  it('compares check values strictly, so 3 and "3" differ', () => {
    const result = gradeManifest(
      RECREATE_KEY,
      deployment({ replicas: '"3"', strategy: "  strategy:\n    type: Recreate\n" }),
    );
    expect(result.feedback).toContainEqual({
      code: "check-failed",
      params: { path: "spec.replicas", check: "equals", expected: "3", actual: "3" },
    });
  });

  it("reports an unknown field as a schema error and halves the check score", () => {
    const result = gradeManifest(ROLLING_KEY, TYPO_DEPLOYMENT);
    expect(result.score).toBeCloseTo((2 / 3) * SCHEMA_ERROR_FACTOR);
    expect(result.verdict).toBe("partial");
    const schemaErrors = result.feedback.filter((f) => f.code === "schema-error");
    expect(schemaErrors).toHaveLength(1);
    expect(String(schemaErrors[0].params?.message)).toContain("maxUnavaiable");
  });

  it("keeps a manifest with schema errors below full credit even when every check passes", () => {
    const extra = deployment({
      strategy: ROLLING_STRATEGY.replace("maxSurge: 25%", "maxSurge: 25%\n      maxUnavaiable: 1"),
    });
    expect(gradeManifest(ROLLING_KEY, extra)).toMatchObject({ verdict: "partial", score: SCHEMA_ERROR_FACTOR });
  });

  it("rejects the wrong kind before running any check", () => {
    const statefulSet = RECREATE_DEPLOYMENT.replace("kind: Deployment", "kind: StatefulSet");
    expect(gradeManifest(RECREATE_KEY, statefulSet)).toEqual({
      verdict: "incorrect",
      score: 0,
      feedback: [
        {
          code: "wrong-kind",
          params: {
            expectedKind: "Deployment",
            expectedApiVersion: "apps/v1",
            actualKind: "StatefulSet",
            actualApiVersion: "apps/v1",
          },
        },
      ],
    });
  });

  it("rejects a missing apiVersion as the wrong kind", () => {
    const noVersion = RECREATE_DEPLOYMENT.replace("apiVersion: apps/v1\n", "");
    expect(gradeManifest(RECREATE_KEY, noVersion).feedback[0]).toMatchObject({
      code: "wrong-kind",
      params: { actualApiVersion: "" },
    });
  });

  it("passes parse failures through as the only feedback", () => {
    expect(gradeManifest(RECREATE_KEY, "kind: [Deployment\n").feedback).toEqual([
      expect.objectContaining({ code: "yaml-error", params: expect.objectContaining({ line: 2, column: 1 }) }),
    ]);
  });

  it("reports blank input as an empty answer", () => {
    expect(gradeManifest(RECREATE_KEY, " \n\n").feedback).toEqual([{ code: "empty-answer" }]);
  });

  it("gives full credit when there are no checks and the manifest is valid", () => {
    expect(gradeManifest({ ...RECREATE_KEY, checks: [] }, ROLLING_DEPLOYMENT).score).toBe(1);
  });

  it("treats null as absent and exists: false like absent: true", () => {
    const key = {
      ...RECREATE_KEY,
      checks: [
        { path: "spec.paused", exists: false },
        { path: "spec.strategy", exists: true },
      ],
    };
    const nullStrategy = deployment({ strategy: "  strategy: null\n" });
    expect(gradeManifest(key, nullStrategy).feedback).toEqual([
      { code: "check-failed", params: { path: "spec.strategy", check: "exists" } },
    ]);
  });

  it("never follows a check path into Object.prototype", () => {
    const key = {
      ...RECREATE_KEY,
      checks: [
        { path: "metadata.constructor", absent: true },
        { path: "spec.toString", absent: true },
      ],
    };
    expect(gradeManifest(key, RECREATE_DEPLOYMENT).score).toBe(1);
  });

  it("compares quantities by amount, so 0.5Gi passes a 512Mi check and 512M does not", () => {
    expect(gradeManifest(QUANTITY_KEY, deployment({ resources: resources("0.5Gi", "0.25") })).score).toBe(1);
    expect(gradeManifest(QUANTITY_KEY, deployment({ resources: resources("512M", "250m") })).feedback).toEqual([
      {
        code: "check-failed",
        params: {
          path: "spec.template.spec.containers.0.resources.limits.memory",
          check: "equals",
          expected: "512Mi",
          actual: "512M",
        },
      },
    ]);
  });

  it("compares maxSurge and maxUnavailable by the Pods they allow at the check's replicas", () => {
    expect(gradeManifest(SURGE_KEY, deployment({ replicas: "4", strategy: rolling('"25%"', '"10%"') })).score).toBe(1);
    expect(gradeManifest(SURGE_KEY, deployment({ replicas: "4", strategy: rolling('"30%"', "0") })).feedback).toEqual([
      {
        code: "check-failed",
        params: { path: "spec.strategy.rollingUpdate.maxSurge", check: "equals", expected: "1", actual: "30%" },
      },
    ]);
  });

  it('never matches a value that is not valid for the comparison, such as maxSurge "1" without %', () => {
    expect(gradeManifest(SURGE_KEY, deployment({ replicas: "4", strategy: rolling('"1"', "0") })).score).toBeLessThan(
      1,
    );
  });
});
