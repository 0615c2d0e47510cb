import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { formatDeckError, isQuizItem, parseDeck, type DeckItem, type DeckItemOf, type DeckItemType } from "@/lib/core/content";

const DECK_PATH = "content/decks/kubernetes-workloads";
const DECK_DIR = path.resolve(import.meta.dirname, "../../..", DECK_PATH);
const PARSED = parseDeck(
  readdirSync(DECK_DIR)
    .filter((name) => name.endsWith(".md"))
    .map((name) => ({ path: `${DECK_PATH}/${name}`, text: readFileSync(path.join(DECK_DIR, name), "utf8") })),
);
const DECK = PARSED.ok ? PARSED.deck : null;
const ITEMS: DeckItem[] = DECK?.items ?? [];

const SECTIONS = [
  "pod-basics", "pod-patterns", "dns-policy", "host-aliases", "replicaset-create", "replicaset-scale",
  "deployment-rollout", "deployment-strategy", "daemonset-create", "daemonset-update",
  "statefulset-create", "statefulset-scale", "statefulset-update", "statefulset-delete",
];
const ofType = <T extends DeckItemType>(type: T) => ITEMS.filter((i): i is DeckItemOf<T> => i.type === type);

describe("kubernetes-workloads deck: front matter", () => {
  it("passes the deck parser's checks", () => {
    expect(PARSED.ok ? [] : PARSED.errors.map(formatDeckError)).toEqual([]);
  });

  it("names the deck, pins Kubernetes 1.32 and lists the 14 sections in notes order", () => {
    expect(DECK?.slug).toBe("kubernetes-workloads");
    expect(DECK?.kubernetesVersion).toBe("1.32");
    expect(DECK?.sections.map((s) => s.id)).toEqual(SECTIONS);
    for (const section of DECK?.sections ?? []) expect(section.notes).toMatch(/L\d+/);
  });
});

describe("kubernetes-workloads deck: totals", () => {
  it("makes at least 90 review cards", () => {
    expect(DECK?.cards.length ?? 0).toBeGreaterThanOrEqual(90);
  });

  it("has at least 50 quiz items", () => {
    expect(ITEMS.filter(isQuizItem).length).toBeGreaterThanOrEqual(50);
  });

  it("puts every item in a known section", () => {
    expect(ITEMS.filter((i) => !SECTIONS.includes(i.section)).map((i) => i.id)).toEqual([]);
  });
});

describe("kubernetes-workloads deck: per section", () => {
  it.each(SECTIONS)("%s has at least 3 items, one of them not basic", (section) => {
    const members = ITEMS.filter((i) => i.section === section);
    expect(members.length).toBeGreaterThanOrEqual(3);
    expect(members.some((i) => i.type !== "basic")).toBe(true);
  });
});

describe("kubernetes-workloads deck: per type", () => {
  it.each(["basic", "cloze", "typed", "choice", "truefalse", "ordering", "kubectl", "manifest"] as const)(
    "uses %s items several times",
    (type) => {
      expect(ofType(type).length).toBeGreaterThanOrEqual(3);
    },
  );

  it("has basic items with reversed: true and multiple-answer choice items", () => {
    expect(ofType("basic").filter((i) => i.reversed === true).length).toBeGreaterThanOrEqual(2);
    expect(ofType("choice").filter((i) => i.multiple === true).length).toBeGreaterThanOrEqual(3);
  });

  it("has at least 10 kubectl items, each with several accepted variants", () => {
    const kubectl = ofType("kubectl");
    expect(kubectl.length).toBeGreaterThanOrEqual(10);
    for (const item of kubectl) expect(item.accept?.length ?? 0, item.id).toBeGreaterThanOrEqual(3);
  });

  it("accepts TYPE/NAME, short kinds, --replicas N and --namespace variants", () => {
    const forms = ofType("kubectl").flatMap((i) => i.accept ?? []);
    expect(forms.some((f) => /\b(deploy|rs|ds|sts)\/\w/.test(f))).toBe(true);
    expect(forms.some((f) => /\b(deploy|rs|ds|sts|po|pvc) \w/.test(f))).toBe(true);
    expect(forms.some((f) => /--replicas \d/.test(f))).toBe(true);
    expect(forms.some((f) => /--namespace[= ]/.test(f))).toBe(true);
  });

  it("has at least 5 manifest items, including Recreate, partition 3 and whenDeleted Delete checks", () => {
    const manifests = ofType("manifest");
    expect(manifests.length).toBeGreaterThanOrEqual(5);
    const checks = manifests.flatMap((m) => m.checks ?? []);
    expect(checks).toContainEqual(expect.objectContaining({ path: "spec.strategy.type", equals: "Recreate" }));
    expect(checks).toContainEqual(expect.objectContaining({ path: "spec.updateStrategy.rollingUpdate.partition", equals: 3 }));
    expect(checks).toContainEqual(
      expect.objectContaining({ path: "spec.persistentVolumeClaimRetentionPolicy.whenDeleted", equals: "Delete" }),
    );
  });
});
