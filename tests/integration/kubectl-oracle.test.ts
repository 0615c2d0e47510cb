// Checks the app's kubectl knowledge against the real kubectl client (v1.32, /usr/bin/kubectl),
// with no cluster: every command our parser accepts must pass kubectl's own argument checks,
// known-bad commands must fail them, and our flag tables must match `kubectl <command> --help`.
import { describe, expect, it } from "vitest";
import { mapLimited } from "../support/map-limited";
import { KUBECTL_COMMANDS, parseKubectlCommand } from "@/lib/core/kubectl";
import { GLOBAL_FLAGS, type FlagSpec } from "@/lib/core/kubectl/kubectl-flag-spec";
import { helpFlags, kubectlHelp, kubectlOptionsHelp } from "../support/kubectl-help";
import { classifyKubectlOutput, runKubectlOracle } from "../support/kubectl-oracle";
import { INVALID_COMMANDS, VALID_COMMANDS } from "../unit/kubectl/kubectl-command-samples";
import { GRADING_ROWS } from "../unit/kubectl/kubectl-grading-rows";

const PARALLEL = 4;

const rowCommands = GRADING_ROWS.flatMap((row) => [row.expected, row.answer]);
const acceptedCommands = [...new Set([...rowCommands, ...VALID_COMMANDS])].filter(
  (command) => parseKubectlCommand(command).ok,
);
const badCommands = [...GRADING_ROWS.filter((row) => row.kubectlRejects).map((row) => row.answer), ...INVALID_COMMANDS];

const firstLines = (output: string) =>
  output
    .split("\n")
    .filter((line) => !line.includes("memcache"))
    .slice(0, 2)
    .join(" | ");

describe("kubectl oracle", () => {
  it("classifies kubectl's offline answers", () => {
    expect(
      classifyKubectlOutput(
        1,
        "The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?",
      ),
    ).toBe(true);
    expect(classifyKubectlOutput(1, 'error: the path "rs.yaml" does not exist')).toBe(true);
    expect(classifyKubectlOutput(0, "deployment.apps/web created (dry run)")).toBe(true);
    expect(classifyKubectlOutput(1, "Error: unknown flag: --replica\nSee 'kubectl scale --help' for usage.")).toBe(
      false,
    );
    expect(classifyKubectlOutput(1, "error: something nobody has seen before")).toBe(false);
  });

  it(`lets kubectl accept every command the parser accepts (${acceptedCommands.length} commands)`, async () => {
    const results = await mapLimited(acceptedCommands, PARALLEL, runKubectlOracle);
    const rejected = acceptedCommands.flatMap((command, i) =>
      results[i].ok ? [] : [`${command}  →  ${firstLines(results[i].output)}`],
    );
    expect(rejected).toEqual([]);
  });

  it("has kubectl reject the known-bad commands, which the parser rejects too", async () => {
    const results = await mapLimited(badCommands, PARALLEL, runKubectlOracle);
    const accepted = badCommands.filter((_, i) => results[i].ok);
    expect(accepted).toEqual([]);
    expect(badCommands.filter((command) => parseKubectlCommand(command).ok)).toEqual([]);
  });
});

function tableFlags(specs: readonly FlagSpec[]): string[] {
  return specs
    .filter((spec) => spec.name !== "record" && spec.name !== "help")
    .map((spec) => {
      const kind =
        spec.kind === "bool"
          ? `bool:${spec.defaultValue}`
          : spec.kind === "list" || spec.kind === "int"
            ? spec.kind
            : "value";
      return `${spec.short ? `${spec.short}:` : ""}${spec.name}=${kind}`;
    });
}

describe("kubectl flag tables", () => {
  it("list exactly the flags of `kubectl <command> --help` for every command", async () => {
    const helps = await mapLimited([...KUBECTL_COMMANDS], PARALLEL, (spec) =>
      kubectlHelp([...spec.path.split(" "), "--help"]),
    );
    const differences = KUBECTL_COMMANDS.flatMap((spec, i) => {
      const [ours, theirs] = [tableFlags(spec.flags).sort(), helpFlags(helps[i]).sort()];
      const missing = theirs.filter((flag) => !ours.includes(flag)).map((flag) => `${spec.path}: missing ${flag}`);
      return [
        ...missing,
        ...ours.filter((flag) => !theirs.includes(flag)).map((flag) => `${spec.path}: extra ${flag}`),
      ];
    });
    expect(differences).toEqual([]);
  });

  it("list exactly the global options of `kubectl options`", async () => {
    expect(tableFlags(GLOBAL_FLAGS).sort()).toEqual(helpFlags(await kubectlOptionsHelp()).sort());
  });
});
