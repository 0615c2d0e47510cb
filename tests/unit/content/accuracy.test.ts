import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { flattenSteps, formatDeckError, parseDeck, type DeckItem, type DeckItemOf, type DeckItemType } from "@/lib/core/content";

const DECK_PATH = "content/decks/kubernetes-workloads";
const DECK_DIR = path.resolve(import.meta.dirname, "../../..", DECK_PATH);
const ITEM_BLOCK = /^```yaml item\n([\s\S]*?)^```$/gm;

const FILES = readdirSync(DECK_DIR)
  .filter((name) => name.endsWith(".md"))
  .map((name) => ({ path: `${DECK_PATH}/${name}`, text: readFileSync(path.join(DECK_DIR, name), "utf8") }));
const PARSED = parseDeck(FILES);
const ITEMS = new Map<string, DeckItem>(PARSED.ok ? PARSED.deck.items.map((i) => [i.id, i]) : []);

/** The item with this id, which must be of this type. */
function item<T extends DeckItemType>(id: string, type: T): DeckItemOf<T> {
  const found = ITEMS.get(id);
  if (!found) throw new Error(`no item "${id}" in the deck`);
  if (found.type !== type) throw new Error(`item "${id}" is ${found.type}, not ${type}`);
  return found as DeckItemOf<T>;
}

/** Every string in a value (keys too), except the item's own `correction.claimed`. */
function stringsOutsideClaimed(value: unknown, isItemRoot = true): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsOutsideClaimed(v, false));
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, child]) => {
    if (isItemRoot && key === "correction" && child && typeof child === "object") {
      const rest = Object.entries(child).filter(([k]) => k !== "claimed");
      return ["correction", ...stringsOutsideClaimed(Object.fromEntries(rest), false)];
    }
    return [key, ...stringsOutsideClaimed(child, false)];
  });
}

// Slips in the learner's notes (review §1). `inNotes: false` = a likely misspelling of an API
// field that the deck must not contain either.
const TYPOS: { text: string; inNotes: boolean }[] = [
  { text: "Recrate", inNotes: true },
  { text: "maxUnavaiable", inNotes: true },
  { text: "deployemnt", inNotes: true },
  { text: "昨日", inNotes: true },
  { text: "接続いする", inNotes: true },
  { text: "サイドPod", inNotes: true },
  { text: "各部分", inNotes: true },
  { text: "sampel", inNotes: true },
  { text: "Stateful Set", inNotes: true },
  { text: "リカバリ", inNotes: true },
  { text: "Node Anti-Affinity", inNotes: true },
  { text: "partiton", inNotes: false },
];

// Raw YAML of every item block, so the typo scan also covers items the deck parser would reject.
const RAW_ITEMS = FILES.flatMap((file) =>
  [...file.text.matchAll(ITEM_BLOCK)].map((m) => ({ file: file.path, value: parse(m[1]) as { id?: string } })),
);

describe("kubernetes-workloads deck: the notes' typos", () => {
  it("passes the deck parser's checks", () => {
    expect(PARSED.ok ? [] : PARSED.errors.map(formatDeckError)).toEqual([]);
    expect(ITEMS.size).toBe(RAW_ITEMS.length);
  });

  it.each(TYPOS)("has no $text in prose, front matter or items outside correction.claimed", ({ text }) => {
    const needle = text.toLowerCase();
    for (const file of FILES) {
      const prose = file.text.replace(ITEM_BLOCK, "");
      expect(prose.toLowerCase(), `${file.path} outside item blocks`).not.toContain(needle);
    }
    for (const { file, value } of RAW_ITEMS) {
      const hits = stringsOutsideClaimed(value).filter((s) => s.toLowerCase().includes(needle));
      expect(hits, `${file} item ${value.id}`).toEqual([]);
    }
  });

  it.each(TYPOS.filter((t) => t.inNotes))("quotes the notes' $text in some correction.claimed", ({ text }) => {
    const quoting = [...ITEMS.values()].filter((i) => i.correction?.claimed.includes(text));
    expect(quoting.length).toBeGreaterThan(0);
  });
});

// Review §1 error number → the item whose correction unteaches it and a term its `actual` must state.
const ERRORS: Record<number, { id: string; actual: string; claimed?: string }> = {
  1: { id: "pod-basics-container-count", actual: "1 つ以上" },
  2: { id: "pod-patterns-sidecar", actual: "機能", claimed: "昨日" },
  3: { id: "pod-patterns-shared-storage", actual: "emptyDir" },
  4: { id: "pod-patterns-ambassador", actual: "接続する", claimed: "接続いする" },
  5: { id: "pod-patterns-adapter", actual: "出力" },
  6: { id: "dns-policy-service-discovery", actual: "サービスディスカバリ", claimed: "リカバリ" },
  7: { id: "replicaset-create-replicas-meaning", actual: "希望数" },
  8: { id: "replicaset-create-creates-pods", actual: "新しい Pod" },
  9: { id: "replicaset-create-selector-target", actual: "Pod のラベル" },
  10: { id: "replicaset-scale-sed-choice", actual: "'s|replicas: 3|replicas: 5|' sample-replicaset.yaml", claimed: "sampel" },
  11: { id: "replicaset-scale-kubectl-name", actual: "kubectl scale rs <rs-name> --replicas=5" },
  12: { id: "deployment-rollout-new-rs", actual: "revisionHistoryLimit（既定 10）" },
  13: { id: "deployment-rollout-undo-to-revision", actual: "kubectl rollout undo deployment/web", claimed: "deployemnt" },
  14: { id: "deployment-rollout-paused-choice", actual: "スケール）は反映され" },
  15: { id: "deployment-strategy-recreate-name", actual: "Recreate", claimed: "Recrate" },
  16: { id: "deployment-strategy-recreate-flow", actual: "再度", claimed: "サイドPod" },
  17: { id: "deployment-strategy-recreate-downtime", actual: "ダウンタイム" },
  18: { id: "deployment-strategy-rolling-defaults", actual: "25%" },
  19: { id: "deployment-strategy-max-unavailable-path", actual: "spec.strategy.rollingUpdate.maxUnavailable", claimed: "maxUnavaiable" },
  20: { id: "daemonset-create-one-per-node", actual: "ちょうど 1 つ" },
  21: { id: "daemonset-create-exclude-choice", actual: "NotIn / DoesNotExist", claimed: "Node Anti-Affinity" },
  22: { id: "daemonset-update-ondelete-restart", actual: "削除された" },
  23: { id: "daemonset-update-default", actual: "RollingUpdate が既定" },
  24: { id: "statefulset-create-kind", actual: "StatefulSet", claimed: "Stateful Set" },
  25: { id: "statefulset-create-not-replicaset", actual: "ReplicaSet を使わない" },
  26: { id: "statefulset-create-parts", actual: "書く部分", claimed: "各部分" },
  27: { id: "statefulset-update-partition-meaning", actual: "partition 以上の Pod が更新され" },
  28: { id: "statefulset-delete-pvc-kept", actual: "whenDeleted: Retain" },
  29: { id: "statefulset-delete-recreate-choice", actual: "PVC が残っている間だけ" },
};

describe("kubernetes-workloads deck: every error of the review is corrected", () => {
  it("maps each of the review's 29 errors to an item", () => {
    expect(Object.keys(ERRORS).map(Number)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });

  it.each(Object.entries(ERRORS))("error %s: the item's correction states the fact", (_n, { id, actual, claimed }) => {
    const correction = ITEMS.get(id)?.correction;
    expect(correction, `${id} has a correction`).toBeDefined();
    expect(correction!.actual).toContain(actual);
    expect(correction!.claimed).not.toBe(correction!.actual);
    if (claimed) expect(correction!.claimed).toContain(claimed);
  });
});

describe("kubernetes-workloads deck: key corrected facts", () => {
  it("partition updates ordinals >= partition and keeps ordinals < partition", () => {
    expect(item("statefulset-update-partition-meaning", "basic").back).toMatch(/web-3.*web-4[\s\S]*web-0.*web-2/);
    expect(item("statefulset-update-partition-recreated", "truefalse").answer).toBe(false);
    expect(item("statefulset-update-canary-choice", "choice").options).toContainEqual({ text: "4", correct: true });
    const manifest = item("statefulset-update-partition-manifest", "manifest");
    expect(manifest.checks).toContainEqual({ path: "spec.updateStrategy.rollingUpdate.partition", equals: 3, weight: 3 });
  });

  it("replicas is the exact desired Pod count: the controller creates and deletes", () => {
    expect(item("replicaset-create-replicas-meaning", "basic").correction?.actual).toMatch(/作成.*削除|削除.*作成/);
    expect(item("replicaset-create-excess-pods", "truefalse").answer).toBe(true);
    expect(item("replicaset-create-creates-pods", "cloze").text).toMatch(/\{\{c3::削除\}\}/);
  });

  it("Deployments keep old ReplicaSets, revisionHistoryLimit defaulting to 10", () => {
    expect(item("deployment-rollout-old-rs-deleted", "truefalse").answer).toBe(false);
    expect(item("deployment-rollout-history-limit", "typed").answer).toBe("10");
    expect(item("deployment-rollout-history-limit", "typed").fields).toContain("Deployment.spec.revisionHistoryLimit");
  });

  it("DaemonSet updateStrategy defaults to RollingUpdate", () => {
    const defaults = item("daemonset-update-default", "typed");
    expect(defaults.answer).toBe("RollingUpdate");
    expect(defaults.match).toBe("identifier");
  });

  it("deleting a StatefulSet keeps its PVCs by default (whenDeleted: Retain)", () => {
    expect(item("statefulset-delete-pvc-kept", "truefalse").answer).toBe(false);
    expect(item("statefulset-delete-retain-default", "typed").answer).toBe("Retain");
    expect(item("statefulset-delete-when-deleted-value", "typed").answer).toBe("Delete");
  });

  it("scale-down removes the highest ordinal first", () => {
    expect(item("statefulset-scale-highest-first", "truefalse").answer).toBe(true);
    const order = flattenSteps(item("statefulset-scale-down-order", "ordering").steps).steps.map((s) => Number(/web-(\d+)/.exec(s)?.[1]));
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it("teaches the facts the notes left out: DNS defaults and native sidecars", () => {
    expect(item("dns-policy-default-value", "typed").answer).toBe("ClusterFirst");
    expect(item("dns-policy-default-is-not-default", "truefalse").answer).toBe(false);
    expect(item("dns-policy-hostnetwork", "typed").answer).toBe("ClusterFirstWithHostNet");
    expect(item("pod-patterns-native-sidecar", "cloze").text).toMatch(/\{\{c1::initContainers\}\}[\s\S]*\{\{c2::Always\}\}/);
    expect(item("pod-patterns-native-sidecar-manifest", "manifest").checks).toContainEqual({
      path: "spec.initContainers.0.restartPolicy",
      equals: "Always",
      weight: 2,
    });
  });
});

describe("kubernetes-workloads deck: issue 17 (fair grading, no loose ends)", () => {
  const ordering = (id: string) => flattenSteps(item(id, "ordering").steps);

  it("accepts both orders of the independent set image / set resources pair, and nothing else moves", () => {
    const { steps, anyOrder } = ordering("deployment-rollout-pause-ordering");
    expect(anyOrder).toHaveLength(1);
    expect(anyOrder[0].map((i) => steps[i])).toEqual([expect.stringContaining("kubectl set image"), expect.stringContaining("kubectl set resources")]);
    expect(steps[0]).toContain("rollout pause");
    expect(steps.at(-2)).toContain("rollout resume");
  });

  it("accepts both orders of delete service / delete pvc, both after the StatefulSet is deleted", () => {
    const { steps, anyOrder } = ordering("statefulset-delete-cleanup-ordering");
    expect(anyOrder).toHaveLength(1);
    expect(anyOrder[0].map((i) => steps[i])).toEqual([expect.stringContaining("delete service"), expect.stringContaining("delete pvc")]);
    expect(Math.min(...anyOrder[0])).toBeGreaterThan(steps.findIndex((s) => s.includes("delete statefulset")));
  });

  it("orders a rollback as history, inspect the revision, undo to it, watch status", () => {
    const { steps, anyOrder } = ordering("deployment-rollout-undo-ordering");
    expect(anyOrder).toEqual([]);
    expect(steps.map((s) => /kubectl rollout (history|undo|status)[^`]*/.exec(s)?.[0])).toEqual([
      "kubectl rollout history deployment/web",
      "kubectl rollout history deployment/web --revision=2",
      "kubectl rollout undo deployment/web --to-revision=2",
      "kubectl rollout status deployment/web",
    ]);
  });

  it("cites the Update strategies section for StatefulSet OnDelete, not the removed #on-delete anchor", () => {
    expect(item("statefulset-update-ondelete", "basic").source?.url).toBe("https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies");
    expect([...ITEMS.values()].filter((i) => i.source?.url?.endsWith("/statefulset/#on-delete"))).toEqual([]);
  });

  it("says the unhealthy-Pod scale-down block is OrderedReady behaviour", () => {
    const unhealthy = item("statefulset-scale-unhealthy", "basic");
    expect(unhealthy.front).toContain("OrderedReady");
    expect(unhealthy.explanation).toContain("Parallel");
  });

  it("says a template change may scale up a matching old ReplicaSet instead of creating one", () => {
    const newRs = item("deployment-rollout-new-rs", "basic");
    expect(newRs.back).toMatch(/同じテンプレートの旧 RS[\s\S]*スケールアップ/);
    expect(newRs.correction?.actual).toContain("再利用");
  });

  it("says /etc/hosts is rewritten on a container restart or when the Pod is rescheduled", () => {
    expect(item("host-aliases-etc-hosts-edit", "truefalse").explanation).toMatch(/コンテナが再起動[\s\S]*別のノードにスケジュール/);
  });

  it("grades the rolling-update manifest by the Pods maxSurge and maxUnavailable allow at 4 replicas", () => {
    const checks = item("deployment-strategy-rolling-manifest", "manifest").checks;
    expect(checks).toContainEqual({ path: "spec.strategy.rollingUpdate.maxSurge", equals: 1, compare: "surge", replicas: 4, weight: 2 });
    expect(checks).toContainEqual({ path: "spec.strategy.rollingUpdate.maxUnavailable", equals: 0, compare: "unavailable", replicas: 4, weight: 2 });
  });

  it.each([
    ["pod-patterns-native-sidecar", "init の順番"],
    ["statefulset-create-ordered-cloze", "後ろの Pod"],
    ["replicaset-create-replicas-meaning", "ではなく、数えるのはサーバーではなく"],
    ["pod-basics-network-cloze", "何を共有する？}} を共有する"],
    ["daemonset-update-rolling-defaults", "ノードごとに旧 Pod"],
  ])("%s no longer reads %s", (id, phrase) => {
    expect(JSON.stringify(ITEMS.get(id))).not.toContain(phrase);
  });
});
