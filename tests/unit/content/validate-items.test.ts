import { describe, expect, it } from "vitest";
import { evaluateManifestCheck, formatDeckError, parseDeck, readManifestPath } from "@/lib/core/content";
import { deckFile, itemBlock, minimalDeckMd, positionOf } from "../../fixtures/decks/deck-builders";

function errorsFor(extraItem: string): string[] {
  const text = minimalDeckMd(extraItem);
  const result = parseDeck([deckFile("deck.md", text)]);
  return result.ok ? [] : result.errors.map((e) => formatDeckError(e).replace("content/decks/test-deck/", ""));
}

const choice = (options: string, extra = "") => itemBlock("item-four", "choice", `prompt: P\noptions:\n${options}${extra}`);

describe("choice items", () => {
  it("accept one correct option without multiple, and several with multiple: true", () => {
    expect(errorsFor(choice("  - {text: A, correct: true}\n  - {text: B, correct: false}\n"))).toEqual([]);
    expect(errorsFor(choice("  - {text: A, correct: true}\n  - {text: B, correct: true}\n", "multiple: true\n"))).toEqual([]);
  });

  it("reject more than 8 options", () => {
    const options = Array.from({ length: 9 }, (_, i) => `  - {text: O${i}, correct: ${i === 0}}\n`).join("");
    expect(errorsFor(choice(options))).toEqual([expect.stringContaining("options: Too big: expected array to have <=8 items")]);
  });
});

describe("manifest checks", () => {
  const manifest = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    spec: { replicas: 3, paused: false, template: { spec: { containers: [{ name: "a", image: "nginx" }] } }, strategy: null },
  };

  it("compare scalars strictly: 3 is not \"3\"", () => {
    expect(evaluateManifestCheck(manifest, { path: "spec.replicas", equals: 3 })).toBe(true);
    expect(evaluateManifestCheck(manifest, { path: "spec.replicas", equals: "3" })).toBe(false);
    expect(evaluateManifestCheck(manifest, { path: "spec.paused", equals: false })).toBe(true);
  });

  it("treat a null value as absent and index lists by number", () => {
    expect(evaluateManifestCheck(manifest, { path: "spec.strategy", absent: true })).toBe(true);
    expect(evaluateManifestCheck(manifest, { path: "spec.template.spec.containers.0.image", exists: true })).toBe(true);
    expect(evaluateManifestCheck(manifest, { path: "spec.template.spec.containers.1.image", exists: true })).toBe(false);
  });

  it("never resolve inherited properties such as constructor or __proto__", () => {
    expect(readManifestPath(manifest, "constructor")).toEqual({ found: false });
    expect(readManifestPath(manifest, "spec.__proto__")).toEqual({ found: false });
    expect(readManifestPath(manifest, "spec.template.spec.containers.length")).toEqual({ found: false });
  });

  it("are all checked against the solution, each error at its own check", () => {
    const block = itemBlock(
      "item-four",
      "manifest",
      "prompt: P\nkind: Pod\napiVersion: v1\nsolution:\n  apiVersion: v1\n  kind: Pod\n  metadata: {name: p}\n" +
        "  spec:\n    containers: [{name: c, image: nginx}]\n" +
        "checks:\n  - {path: spec.containers.0.image, equals: busybox}\n  - {path: spec.nodeName, exists: true}\n  - {path: spec.containers.0.name, absent: true}\n",
    );
    const text = minimalDeckMd(block);
    const at = (needle: string) => {
      const { line, column } = positionOf(text, needle);
      return `deck.md:${line}:${column}`;
    };
    expect(errorsFor(block)).toEqual([
      `${at("{path: spec.containers.0.image")}: check on "spec.containers.0.image" does not hold on the solution (value there: "nginx")`,
      `${at("{path: spec.nodeName")}: check on "spec.nodeName" does not hold on the solution (value there: absent)`,
      `${at("{path: spec.containers.0.name")}: check on "spec.containers.0.name" does not hold on the solution (value there: "c")`,
    ]);
  });
});

describe("manifest checks that compare by meaning", () => {
  const deploymentWith = (checks: string) =>
    itemBlock(
      "item-four",
      "manifest",
      "prompt: P\nkind: Deployment\napiVersion: apps/v1\nsolution:\n  apiVersion: apps/v1\n  kind: Deployment\n  metadata: {name: web}\n" +
        "  spec:\n    replicas: 4\n    strategy: {type: RollingUpdate, rollingUpdate: {maxSurge: 1, maxUnavailable: 0}}\n" +
        "    selector: {matchLabels: {app: web}}\n    template:\n      metadata: {labels: {app: web}}\n" +
        "      spec: {containers: [{name: web, image: nginx, resources: {limits: {memory: 512Mi}}}]}\n" +
        `checks:\n${checks}`,
    );
  const memory = "spec.template.spec.containers.0.resources.limits.memory";

  it("hold on a solution that writes the same amount in other units or as a percentage", () => {
    expect(errorsFor(deploymentWith(`  - {path: ${memory}, equals: 0.5Gi, compare: quantity}\n`))).toEqual([]);
    expect(errorsFor(deploymentWith("  - {path: spec.strategy.rollingUpdate.maxSurge, equals: \"25%\", compare: surge, replicas: 4}\n"))).toEqual([]);
    expect(errorsFor(deploymentWith("  - {path: spec.strategy.rollingUpdate.maxUnavailable, equals: \"24%\", compare: unavailable, replicas: 4}\n"))).toEqual([]);
  });

  it.each([
    ["compare on an exists check", `  - {path: ${memory}, exists: true, compare: quantity}\n`, "compare: quantity only applies to equals"],
    ["replicas without surge or unavailable", `  - {path: ${memory}, equals: 512Mi, replicas: 4}\n`, "replicas is only used with compare: surge"],
    ["a percentage check without replicas", "  - {path: spec.strategy.rollingUpdate.maxSurge, equals: 1, compare: surge}\n", "compare: surge needs replicas"],
    ["equals that is not a Pod count", "  - {path: spec.strategy.rollingUpdate.maxSurge, equals: one, compare: surge, replicas: 4}\n", '"one" is not a Pod count'],
    ["an unknown comparison", `  - {path: ${memory}, equals: 512Mi, compare: bytes}\n`, "compare: must be one of exact, quantity, surge, unavailable"],
    ["a comparison that fails on the solution", `  - {path: ${memory}, equals: 512M, compare: quantity}\n`, "does not hold on the solution"],
  ])("reject %s", (_what, checks, message) => {
    expect(errorsFor(deploymentWith(checks))).toEqual([expect.stringContaining(message)]);
  });
});

describe("kubectl items", () => {
  it("are not checked for command syntax unless a checkCommand is given", () => {
    expect(errorsFor(itemBlock("item-four", "kubectl", "prompt: P\nanswer: kubectl fly away\n"))).toEqual([]);
  });
});

describe("typed items", () => {
  it("reject an empty accept list (omit the field instead)", () => {
    expect(errorsFor(itemBlock("item-four", "typed", "prompt: P\nanswer: A\naccept: []\n"))).toEqual([
      expect.stringContaining("accept: must list at least one form"),
    ]);
  });
});

describe("a checkCommand that throws", () => {
  it("becomes a located error instead of aborting the deck check", () => {
    const block = itemBlock("item-four", "kubectl", "prompt: P\nanswer: kubectl get pods\n");
    const text = minimalDeckMd(block);
    const result = parseDeck([deckFile("deck.md", text)], {
      checkCommand: () => {
        throw new Error("boom");
      },
    });
    const { line, column } = positionOf(text, "kubectl get pods");
    expect(result.ok ? [] : result.errors).toEqual([
      { file: "content/decks/test-deck/deck.md", line, column, message: "kubectl command does not parse: the command parser failed (boom)" },
    ]);
  });
});

describe("error messages", () => {
  it("escape control and bidi characters that YAML escapes put into quoted author text", () => {
    const result = parseDeck([deckFile("deck.md", minimalDeckMd().replace("front: F", 'front: F\n"\\e[2Jx\\u202Ey": 1'))]);
    const messages = result.ok ? [] : result.errors.map((e) => e.message);
    expect(messages).toEqual(['unknown field "\\u001b[2Jx\\u202ey"']);
  });
});
