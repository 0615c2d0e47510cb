// Holds the flag-effect classification (lib/core/kubectl/kubectl-flag-effects.ts) against the real
// kubectl client (v1.32, no cluster): every flag it names must be a flag of kubectl where it is
// named, so a flag that does not exist (or not on that command) cannot be classified.
import { describe, expect, it } from "vitest";
import { KUBECTL_COMMANDS } from "@/lib/core/kubectl";
import {
  COMMAND_FLAG_EFFECTS,
  COMMON_FLAG_EFFECTS,
  GLOBAL_FLAG_EFFECTS,
} from "@/lib/core/kubectl/kubectl-flag-effects";
import { helpFlagNames, kubectlHelp, kubectlKnowsHiddenFlag, kubectlOptionsHelp } from "../support/kubectl-help";
import { mapLimited } from "../support/map-limited";

const PARALLEL = 4;

type Listed = { path: string; name: string };

/** The listed flags that `kubectl <path> --help` does not show and kubectl does not know hidden either. */
async function unknownToKubectl(listed: Listed[]): Promise<string[]> {
  const paths = [...new Set(listed.map(({ path }) => path))];
  const helps = await mapLimited(paths, PARALLEL, (path) => kubectlHelp([...path.split(" "), "--help"]));
  const shown = new Map(paths.map((path, i) => [path, helpFlagNames(helps[i])]));
  const hidden = listed.filter(({ path, name }) => !shown.get(path)!.has(name));
  const known = await mapLimited(hidden, PARALLEL, ({ path, name }) => kubectlKnowsHiddenFlag(path, name));
  return hidden.filter((_, i) => !known[i]).map(({ path, name }) => `${path} --${name}`);
}

describe("kubectl flag effects against the real kubectl", () => {
  it("names as global only the options `kubectl options` lists, and -h/--help", async () => {
    const options = helpFlagNames(await kubectlOptionsHelp());
    const unlisted = Object.keys(GLOBAL_FLAG_EFFECTS).filter((name) => !options.has(name));
    // `--help` is every command's flag, but neither `kubectl options` nor a command's help lists it.
    expect(unlisted).toEqual(["help"]);
    expect(await kubectlKnowsHiddenFlag("get", "help")).toBe(true);
    expect(await kubectlKnowsHiddenFlag("get", "helpp")).toBe(false);
  });

  it("names a command's own flags only where `kubectl <command> --help` lists them", async () => {
    const listed = Object.entries(COMMAND_FLAG_EFFECTS).flatMap(([path, effects]) =>
      Object.keys(effects).map((name) => ({ path, name })),
    );
    expect(await unknownToKubectl(listed)).toEqual([]);
  });

  it("names common flags that kubectl has on every command the tables give them to", async () => {
    const listed = KUBECTL_COMMANDS.flatMap((spec) =>
      spec.flags
        .filter((flag) => flag.name in COMMON_FLAG_EFFECTS)
        .map((flag) => ({ path: spec.path, name: flag.name })),
    );
    const orphans = Object.keys(COMMON_FLAG_EFFECTS).filter((name) => !listed.some((entry) => entry.name === name));
    expect(orphans).toEqual([]);
    expect(await unknownToKubectl(listed)).toEqual([]);
  });
});
