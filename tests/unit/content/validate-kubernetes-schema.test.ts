import { describe, expect, it } from "vitest";
import { fieldPathExists, findManifestProblems, validateManifest } from "@/lib/core/content";

const deployment = () => ({
  apiVersion: "apps/v1",
  kind: "Deployment",
  metadata: { name: "web", labels: { "app.kubernetes.io/name": "web" }, creationTimestamp: null },
  spec: {
    replicas: 2,
    strategy: { type: "RollingUpdate", rollingUpdate: { maxSurge: "25%", maxUnavailable: 1 } },
    selector: { matchLabels: { app: "web" } },
    template: {
      metadata: { labels: { app: "web" } },
      spec: {
        containers: [
          { name: "web", image: "nginx", resources: { limits: { cpu: "500m", memory: "128Mi" } }, ports: [{ containerPort: 80 }] },
        ],
      },
    },
  },
});

describe("fieldPathExists", () => {
  it.each([
    ["Pod", "spec.containers"],
    ["Pod", "spec.containers.0.image"],
    ["Pod", "spec.containers.image"],
    ["Pod", "spec.containers.livenessProbe.httpGet.port"],
    ["Pod", "metadata.labels.anything"],
    ["Pod", "spec.containers.0.resources.limits.cpu"],
    ["Deployment", "spec.strategy.rollingUpdate.maxUnavailable"],
    ["StatefulSet", "spec.updateStrategy.rollingUpdate.partition"],
    ["StatefulSet", "spec.podManagementPolicy"],
    ["CronJob", "spec.jobTemplate.spec.template.spec.restartPolicy"],
    ["NetworkPolicy", "spec.ingress.from.podSelector.matchLabels"],
    ["Pod", ""],
  ])("knows %s %s", (kind, path) => {
    expect(fieldPathExists(kind, undefined, path)).toBe(true);
  });

  it.each([
    ["Pod", "spec.partiton"],
    ["Deployment", "spec.strategy.rollingUpdate.maxUnavaiable"],
    ["Deployment", "spec.replicas.value"],
    ["StatefulSet", "spec.updateStrategy.rollingUpdate.partiton"],
    ["Pod", "spec.containers.0.0"],
    ["Podd", ""],
    ["Pod", "spec.constructor"],
    ["Pod", "__proto__"],
  ])("rejects %s %s", (kind, path) => {
    expect(fieldPathExists(kind, undefined, path)).toBe(false);
  });

  it("requires list indexes when asked (manifest check paths)", () => {
    expect(fieldPathExists("Pod", "v1", "spec.containers.image", { requireIndexes: true })).toBe(false);
    expect(fieldPathExists("Pod", "v1", "spec.containers.3.image", { requireIndexes: true })).toBe(true);
  });

  it("checks the requested apiVersion", () => {
    expect(fieldPathExists("HorizontalPodAutoscaler", "autoscaling/v2", "spec.metrics")).toBe(true);
    expect(fieldPathExists("HorizontalPodAutoscaler", "autoscaling/v1", "spec.metrics")).toBe(false);
    expect(fieldPathExists("HorizontalPodAutoscaler", "autoscaling/v1", "spec.targetCPUUtilizationPercentage")).toBe(true);
    expect(fieldPathExists("Deployment", "extensions/v1beta1", "spec")).toBe(false);
  });

  it("handles a huge list index without building a huge array", () => {
    expect(fieldPathExists("Pod", "v1", "spec.containers.4294967295.image", { requireIndexes: true })).toBe(true);
  });
});

describe("validateManifest", () => {
  it("accepts a complete Deployment, including null creationTimestamp and int-or-string fields", () => {
    expect(validateManifest(deployment())).toEqual([]);
  });

  it("reports unknown fields at any depth, invalid values and missing required fields", () => {
    const manifest = deployment();
    const { selector: _selector, ...spec } = manifest.spec;
    Object.assign(spec.strategy.rollingUpdate, { maxUnavaiable: 1 });
    Object.assign(spec.template.spec.containers[0], { imagePolicy: "Always" });
    Object.assign(spec, { replicas: "2" });
    Object.assign(spec.strategy, { type: "Rolling" });
    Object.assign(manifest, { spec });
    expect(validateManifest(manifest).sort()).toEqual([
      'spec.strategy.rollingUpdate.maxUnavaiable: unknown field "maxUnavaiable" in apps/v1 Deployment',
      'spec.template.spec.containers.0.imagePolicy: unknown field "imagePolicy" in apps/v1 Deployment',
      "spec.replicas: must be integer",
      "spec.strategy.type: must be one of Recreate, RollingUpdate",
      'spec: missing required field "selector"',
    ].sort());
  });

  it("reports an unknown subtree once, at its root", () => {
    const manifest = { ...deployment(), extra: { a: { b: 1 } } };
    expect(findManifestProblems(manifest)).toEqual([
      { path: ["extra"], message: 'unknown field "extra" in apps/v1 Deployment', atKey: true },
    ]);
  });

  it("rejects manifests of unsupported kinds or without apiVersion and kind", () => {
    expect(validateManifest({ apiVersion: "gateway.networking.k8s.io/v1", kind: "Gateway" })).toEqual([
      "unsupported kind: gateway.networking.k8s.io/v1 Gateway",
    ]);
    expect(validateManifest({ kind: "Pod" })).toEqual(["manifest needs apiVersion and kind strings"]);
    expect(validateManifest([])).toEqual(["manifest must be a mapping"]);
  });

  it("accepts a Pod whose only container uses common CKA fields", () => {
    const pod = {
      apiVersion: "v1",
      kind: "Pod",
      metadata: { name: "p" },
      spec: {
        restartPolicy: "Never",
        volumes: [{ name: "data", emptyDir: {} }],
        containers: [{ name: "c", image: "busybox", command: ["sh", "-c", "sleep 3600"], volumeMounts: [{ name: "data", mountPath: "/data" }] }],
      },
    };
    expect(validateManifest(pod)).toEqual([]);
  });
});
