import { describe, expect, it } from "vitest";
import { findResourceType, KUBECTL_RESOURCES, resourceId } from "@/lib/core/kubectl/kubectl-resources";

const idOf = (text: string) => {
  const type = findResourceType(text);
  return type === null ? null : resourceId(type);
};

describe("findResourceType", () => {
  it.each([
    ["po", "pods"],
    ["pod", "pods"],
    ["pods", "pods"],
    ["Pods", "pods"],
    ["rs", "replicasets.apps"],
    ["replicaset", "replicasets.apps"],
    ["ReplicaSet", "replicasets.apps"],
    ["deploy", "deployments.apps"],
    ["deployments.apps", "deployments.apps"],
    ["deployment.v1.apps", "deployments.apps"],
    ["ds", "daemonsets.apps"],
    ["sts", "statefulsets.apps"],
    ["svc", "services"],
    ["pvc", "persistentvolumeclaims"],
    ["pv", "persistentvolumes"],
    ["ns", "namespaces"],
    ["cm", "configmaps"],
    ["secret", "secrets"],
    ["sa", "serviceaccounts"],
    ["no", "nodes"],
    ["ep", "endpoints"],
    ["ing", "ingresses.networking.k8s.io"],
    ["job", "jobs.batch"],
    ["cj", "cronjobs.batch"],
    ["hpa", "horizontalpodautoscalers.autoscaling"],
    ["hpa.autoscaling", "horizontalpodautoscalers.autoscaling"],
    ["netpol", "networkpolicies.networking.k8s.io"],
    ["pdb", "poddisruptionbudgets.policy"],
    ["sc", "storageclasses.storage.k8s.io"],
    ["pods.v1", "pods"],
    ["ev", "events"],
    ["events.events.k8s.io", "events.events.k8s.io"],
  ])("resolves %s to %s", (text, id) => {
    expect(idOf(text)).toBe(id);
  });

  it.each(["deployemnt", "replcaset", "deployments.batch", "pod.apps", "svcs", ""])("does not know %j", (text) => {
    expect(findResourceType(text)).toBeNull();
  });

  it("has no short name shared by two kinds except the two Event APIs", () => {
    const owners = new Map<string, string[]>();
    for (const type of KUBECTL_RESOURCES) {
      for (const name of [type.plural, type.kind.toLowerCase(), ...type.shortNames]) {
        owners.set(name, [...(owners.get(name) ?? []), resourceId(type)]);
      }
    }
    const shared = [...owners].filter(([, ids]) => new Set(ids).size > 1).map(([name]) => name);
    expect(shared.sort()).toEqual(["ev", "event", "events"]);
  });
});
