// Runs the kubectl stage of a command line with the real kubectl client against a closed port,
// to learn whether kubectl itself accepts the command's syntax. Test support only: it spawns
// processes and writes a throwaway kubeconfig, which lib/core may not do.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse as shellParse } from "shell-quote";
import { KUBECTL_PROGRAMS, parseKubectlCommand } from "@/lib/core/kubectl";

/** Installed by `npm run kubectl:install` (a step of `npm test`); never a system kubectl. */
export const KUBECTL_BINARY = path.resolve("tools/kubectl/bin/kubectl");
if (!existsSync(KUBECTL_BINARY)) {
  throw new Error(
    `the kubectl oracle needs ${KUBECTL_BINARY}: run \`npm run kubectl:install\` (npm test does it first)`,
  );
}

export type OracleResult = { ok: boolean; output: string };

// Port 1 on loopback is closed, so every request fails fast with "connection refused".
const KUBECONFIG = `apiVersion: v1
kind: Config
clusters:
- name: oracle
  cluster: { server: "https://127.0.0.1:1", insecure-skip-tls-verify: true }
users:
- name: oracle
  user: { token: oracle }
contexts:
- name: oracle
  context: { cluster: oracle, user: oracle, namespace: default }
current-context: oracle
`;

/**
 * Messages kubectl prints when it rejects the command line itself, before any server contact:
 * flag parsing (pflag/cobra), argument checks of the command, output-format checks.
 */
const SYNTAX_ERRORS: RegExp[] = [
  /unknown (shorthand )?flag/,
  /unknown command/,
  /flags cannot be placed before plugin name/,
  /flag needs an argument/,
  /invalid argument ".*" for/,
  /required flag\(s\)/,
  /Unexpected args/,
  /exactly one NAME is required/,
  /accepts .* arg\(s\)/,
  /^Usage:/m,
  /unable to match a printer/,
  /there is no need to specify a resource type/,
  /may not have more than one slash/,
  /must provide one or more resources/,
  /must specify one of -f and -k/,
  /required resource not specified/i,
  /must specify the type of resource/,
  /is not supported anymore/,
  /at least one .* update is required/,
  /one or more resources must be specified/,
  /invalid dry-run value/i,
  /invalid cascade value/,
  /TYPE\/NAME and list of ports are required/,
  /USAGE: /,
];

/**
 * What a syntactically valid command ends with when there is no cluster: the closed port, a file
 * that does not exist here (`-f rs.yaml`), empty stdin (`-f -`), or a context name it cannot
 * find. Anything else is treated as NOT ok, so an unforeseen rejection never passes silently.
 */
const OFFLINE_OUTCOMES: RegExp[] = [
  /The connection to the server .* was refused/,
  /Unable to connect to the server/,
  /dial tcp 127\.0\.0\.1:1/,
  /the path ".*" does not exist/,
  /no such file or directory/,
  /no objects passed to/,
  /no context exists with the name/,
  /context was not found for specified context/,
  /context ".*" does not exist/,
  /the server doesn't have a resource type/,
];

/** Classifies kubectl's exit code and combined output (see the two pattern lists). */
export function classifyKubectlOutput(exitCode: number, output: string): boolean {
  if (SYNTAX_ERRORS.some((pattern) => pattern.test(output))) return false;
  if (exitCode === 0) return true;
  return OFFLINE_OUTCOMES.some((pattern) => pattern.test(output));
}

/**
 * The argv of the kubectl stage: from the app's parser when it accepts the line, otherwise from
 * shell-quote, so that lines our parser rejects can still be put to kubectl (the oracle must be
 * able to disagree with the parser). Null when there is no single plain kubectl stage.
 */
export function kubectlArgv(command: string): string[] | null {
  const parsed = parseKubectlCommand(command);
  if (parsed.ok) return parsed.command.stages[parsed.command.kubectlStage].argv;
  const stages: string[][] = [[]];
  for (const entry of shellParse(command)) {
    if (typeof entry === "string") stages[stages.length - 1].push(entry);
    else if ("op" in entry && entry.op === "|") stages.push([]);
    else if ("op" in entry && entry.op === "glob") stages[stages.length - 1].push(entry.pattern);
    else return null;
  }
  const kubectlStages = stages.filter((words) => KUBECTL_PROGRAMS.has(words[0] ?? ""));
  return kubectlStages.length === 1 ? kubectlStages[0] : null;
}

function run(args: string[], dir: string): Promise<{ exitCode: number; output: string }> {
  // A minimal environment: no KUBECONFIG, proxy or cache settings leak in from the caller.
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "test",
    PATH: "/usr/bin:/bin",
    HOME: dir,
    KUBECONFIG: path.join(dir, "kubeconfig"),
  };
  return new Promise((resolve) => {
    const child = execFile(
      KUBECTL_BINARY,
      args,
      { cwd: dir, env, timeout: 15_000, maxBuffer: 4 << 20 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ exitCode: code, output: `${stdout}${stderr}` });
      },
    );
    child.stdin?.end(); // stdin is empty: `-f -` reads nothing
  });
}

/**
 * Runs the kubectl stage of `command` with the real kubectl (execFile, never a shell), a temporary
 * KUBECONFIG pointing at https://127.0.0.1:1 and `--request-timeout=2s`, and says whether kubectl
 * accepted its syntax. The timeout flag goes first so a trailing `-- cmd` stays intact; kubectl
 * then answers an unknown command with "flags cannot be placed before plugin name", also NOT ok.
 */
export async function runKubectlOracle(command: string): Promise<OracleResult> {
  const argv = kubectlArgv(command);
  if (argv === null) return { ok: false, output: "no single kubectl stage to run" };
  const dir = await mkdtemp(path.join(tmpdir(), "kubectl-oracle-"));
  try {
    await writeFile(path.join(dir, "kubeconfig"), KUBECONFIG);
    const { exitCode, output } = await run(["--request-timeout=2s", ...argv.slice(1)], dir);
    return { ok: classifyKubectlOutput(exitCode, output), output };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
