import { describe, expect, it } from "vitest";
import { findCommandSpec, KUBECTL_COMMANDS } from "@/lib/core/kubectl";
import { GLOBAL_FLAGS } from "@/lib/core/kubectl/kubectl-flag-spec";
import {
  CHANGES_EFFECT,
  COMMAND_FLAG_EFFECTS,
  COMMON_FLAG_EFFECTS,
  flagEffect,
  GLOBAL_FLAG_EFFECTS,
} from "@/lib/core/kubectl/kubectl-flag-effects";

describe("kubectl flag effects", () => {
  it("classifies every global option but --namespace, which the comparer treats as part of the object", () => {
    const options = GLOBAL_FLAGS.map((flag) => flag.name).filter((name) => name !== "namespace");
    expect(Object.keys(GLOBAL_FLAG_EFFECTS).sort()).toEqual(options.sort());
  });

  it("lists common flags only where some command has them", () => {
    const known = new Set(KUBECTL_COMMANDS.flatMap((spec) => spec.flags.map((flag) => flag.name)));
    expect(Object.keys(COMMON_FLAG_EFFECTS).filter((name) => !known.has(name))).toEqual([]);
  });

  it("lists a command's own flags only for commands that have them", () => {
    const unknown = Object.entries(COMMAND_FLAG_EFFECTS).flatMap(([path, effects]) =>
      Object.keys(effects)
        .filter((name) => !findCommandSpec(path)?.flags.some((flag) => flag.name === name))
        .map((name) => `${path} --${name}`),
    );
    expect(unknown).toEqual([]);
  });

  it("reads a command's own flag before a global one of the same name", () => {
    expect(flagEffect("get", "cluster")).toEqual({ code: "flag-other-cluster" });
    expect(flagEffect("config set-context", "cluster")).toBe(CHANGES_EFFECT);
  });

  it("reads a command's entry before the common one", () => {
    expect(flagEffect("get", "selector")).toEqual({ code: "flag-selects-objects" });
    expect(flagEffect("expose", "selector")).toBe(CHANGES_EFFECT);
    expect(flagEffect("delete", "force")).toEqual({ code: "flag-graceful" });
    expect(flagEffect("apply", "force")).toEqual({ code: "flag-recreates" });
  });

  it("has a flag nobody listed change the effect, so it is never waved through", () => {
    expect(flagEffect("create deployment", "image")).toBe(CHANGES_EFFECT);
    expect(flagEffect("scale", "replicas")).toBe(CHANGES_EFFECT);
  });

  it("keeps output, waiting and verbosity neutral on every command", () => {
    expect(["output", "timeout", "wait", "record"].map((name) => COMMON_FLAG_EFFECTS[name])).toEqual(
      Array(4).fill("neutral"),
    );
    expect(["v", "request-timeout"].map((name) => GLOBAL_FLAG_EFFECTS[name])).toEqual(["neutral", "neutral"]);
  });
});
