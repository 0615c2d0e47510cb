import { describe, expect, it } from "vitest";
import { MAX_MANIFEST_BYTES, MAX_MANIFEST_DEPTH, parseManifestYaml } from "@/lib/core/grading/parse-manifest-yaml";
import { ALIAS_BOMB, PROTO_KEY_DEPLOYMENT, RECREATE_DEPLOYMENT } from "./manifest-fixtures";

function nested(levels: number): string {
  return `kind: Deployment\nmetadata:\n  annotations:\n    x: ${"[".repeat(levels)}${"]".repeat(levels)}\n`;
}

describe("parseManifestYaml", () => {
  it("returns a plain object for a valid Deployment", () => {
    const parsed = parseManifestYaml(RECREATE_DEPLOYMENT);
    expect(parsed.ok && parsed.value.kind).toBe("Deployment");
  });

  it("reports a syntax error with its line and column", () => {
    const parsed = parseManifestYaml("kind: Deployment\nspec:\n  replicas: [1, 2\nmetadata: {}\n");
    expect(parsed).toMatchObject({ ok: false, feedback: { code: "yaml-error", params: { line: 4, column: 1 } } });
  });

  it("reports a duplicate key as a YAML error", () => {
    expect(parseManifestYaml("kind: Deployment\nkind: Pod\n")).toMatchObject({
      ok: false,
      feedback: { code: "yaml-error" },
    });
  });

  it("reports several documents as a YAML error at the second document", () => {
    const separatorLine = RECREATE_DEPLOYMENT.split("\n").length;
    expect(parseManifestYaml(`${RECREATE_DEPLOYMENT}---\n${RECREATE_DEPLOYMENT}`)).toMatchObject({
      ok: false,
      feedback: { code: "yaml-error", params: { line: separatorLine } },
    });
  });

  it("refuses an alias bomb without expanding it", () => {
    expect(parseManifestYaml(ALIAS_BOMB)).toMatchObject({
      ok: false,
      feedback: { code: "unsafe-yaml", params: { reason: "anchor", line: 6 } },
    });
  });

  it("refuses an alias even when its anchor would be harmless", () => {
    const text =
      "kind: Deployment\nspec:\n  selector:\n    matchLabels: &labels {app: web}\n  template:\n    metadata:\n      labels: *labels\n";
    expect(parseManifestYaml(text)).toMatchObject({ ok: false, feedback: { params: { reason: "anchor" } } });
    expect(parseManifestYaml("kind: Deployment\nlabels: *labels\n")).toMatchObject({ ok: false });
  });

  it("refuses a __proto__ key and names it", () => {
    expect(parseManifestYaml(PROTO_KEY_DEPLOYMENT)).toMatchObject({
      ok: false,
      feedback: { code: "unsafe-yaml", params: { reason: "forbidden-key", key: "__proto__", line: 5, column: 3 } },
    });
  });

  it.each(["constructor", "prototype"])("refuses a %s key", (key) => {
    expect(parseManifestYaml(`kind: Deployment\nmetadata:\n  ${key}: x\n`)).toMatchObject({
      feedback: { params: { reason: "forbidden-key", key } },
    });
  });

  it.each(["!foo bar", "!!binary aGk=", "!!set {a}", "!!timestamp 2020-01-01"])("refuses the tag in %s", (value) => {
    expect(parseManifestYaml(`kind: Deployment\nx: ${value}\n`)).toMatchObject({
      ok: false,
      feedback: { params: { reason: "tag" } },
    });
  });

  it("allows a core tag that only restates a string", () => {
    expect(parseManifestYaml("kind: Deployment\nx: !!str 3\n")).toEqual({
      ok: true,
      value: { kind: "Deployment", x: "3" },
    });
  });

  it("refuses a collection used as a key", () => {
    expect(parseManifestYaml("kind: Deployment\n? [a, b]\n: 1\n")).toMatchObject({
      feedback: { params: { reason: "complex-key" } },
    });
  });

  it("accepts nesting up to the depth limit and refuses one level more", () => {
    // The root map and `metadata` and `annotations` are three levels already.
    expect(parseManifestYaml(nested(MAX_MANIFEST_DEPTH - 3)).ok).toBe(true);
    expect(parseManifestYaml(nested(MAX_MANIFEST_DEPTH - 2))).toMatchObject({
      feedback: { params: { reason: "depth" } },
    });
  });

  it("refuses tens of thousands of nested brackets without exhausting the stack", () => {
    expect(parseManifestYaml("[".repeat(60_000))).toMatchObject({ feedback: { params: { reason: "depth", line: 1 } } });
  });

  it("counts maps implied by flow syntax towards the depth", () => {
    const text = `kind: Deployment\nx: ${"[a: ".repeat(20)}1${"]".repeat(20)}\n`;
    expect(parseManifestYaml(text)).toMatchObject({ feedback: { params: { reason: "depth" } } });
  });

  it("refuses input over 64 KiB measured in UTF-8 bytes", () => {
    const comment = (n: number) => `# ${"あ".repeat(n)}\n`;
    const limitInChars = Math.floor((MAX_MANIFEST_BYTES - RECREATE_DEPLOYMENT.length - 3) / 3);
    expect(parseManifestYaml(RECREATE_DEPLOYMENT + comment(limitInChars)).ok).toBe(true);
    expect(parseManifestYaml(RECREATE_DEPLOYMENT + comment(limitInChars + 1))).toMatchObject({
      feedback: { params: { reason: "size" } },
    });
  });

  it.each([["just a string"], ["- a\n- b\n"], ["# only a comment\n"]])("refuses %j as not a manifest", (text) => {
    expect(parseManifestYaml(text)).toEqual({ ok: false, feedback: { code: "not-a-manifest" } });
  });
});
