import { describe, expect, it } from "vitest";
import { normalizeSedArgv, normalizeSedScript } from "@/lib/core/kubectl/normalize-sed-argv";

describe("normalizeSedArgv", () => {
  it("gives the same argv for -e, --expression and a bare script", () => {
    const canonical = ["sed", "-e", "s/replicas: 3/replicas: 5/", "rs.yaml"];
    expect(normalizeSedArgv(["sed", "-e", "s|replicas: 3|replicas: 5|", "rs.yaml"])).toEqual(canonical);
    expect(normalizeSedArgv(["sed", "--expression=s|replicas: 3|replicas: 5|", "rs.yaml"])).toEqual(canonical);
    expect(normalizeSedArgv(["sed", "s/replicas: 3/replicas: 5/", "rs.yaml"])).toEqual(canonical);
    expect(normalizeSedArgv(["sed", "-es#replicas: 3#replicas: 5#", "rs.yaml"])).toEqual(canonical);
  });

  it("keeps the order of several scripts and sorts options", () => {
    expect(normalizeSedArgv(["sed", "-r", "-i", "-e", "s/a/b/", "-e", "s/c/d/g", "f"])).toEqual([
      "sed",
      "-E",
      "-i",
      "-e",
      "s/a/b/",
      "-e",
      "s/c/d/g",
      "f",
    ]);
  });

  it("keeps -i, so editing in place differs from printing", () => {
    expect(normalizeSedArgv(["sed", "-i", "s/a/b/", "f"])).not.toEqual(normalizeSedArgv(["sed", "s/a/b/", "f"]));
  });
});

describe("normalizeSedScript", () => {
  it("keeps another delimiter when the pattern contains a slash", () => {
    expect(normalizeSedScript("s|image: a/b|image: c/d|")).toBe("s|image: a/b|image: c/d|");
  });

  it("leaves an unterminated substitution alone (sed itself rejects it)", () => {
    expect(normalizeSedScript("s|replicas: 3|replicas: 5")).toBe("s|replicas: 3|replicas: 5");
  });

  it("leaves scripts that are not substitutions alone", () => {
    expect(normalizeSedScript("/^#/d")).toBe("/^#/d");
  });
});
