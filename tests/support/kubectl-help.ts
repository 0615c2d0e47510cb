// The real kubectl client's own description of its flags (`kubectl <command> --help`,
// `kubectl options`), for tests that hold the app's kubectl tables against it. Test support only.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { KUBECTL_BINARY } from "./kubectl-oracle";

const execFileAsync = promisify(execFile);
// No kubeconfig, proxy or cache settings leak in from the caller; help needs no cluster.
const ENV: NodeJS.ProcessEnv = { NODE_ENV: "test", PATH: "/usr/bin:/bin", HOME: "/nonexistent" };

/** The standard output of `kubectl ...args`; rejects when kubectl exits with an error. */
export async function kubectlHelp(args: string[]): Promise<string> {
  const { stdout } = await execFileAsync(KUBECTL_BINARY, args, { env: ENV });
  return stdout;
}

/** `kubectl options` as a help text with an `Options:` section, like a command's `--help`. */
export async function kubectlOptionsHelp(): Promise<string> {
  return `\nOptions:\n${(await kubectlHelp(["options"])).split("\n\n").slice(1).join("\n\n")}`;
}

/** `-f, --filename=[]:` lines of a help text → `f:filename=list` strings (bool defaults kept). */
export function helpFlags(help: string): string[] {
  const options = help.split("\nOptions:\n")[1]?.split("\nUsage:")[0] ?? "";
  return [...options.matchAll(/^ {4}(?:-(\w), )?--([\w-]+)=(.*):$/gm)].map(([, short, name, value]) => {
    const kind =
      value === "true" || value === "false"
        ? `bool:${value}`
        : value.startsWith("[")
          ? "list"
          : /^-?\d+$/.test(value)
            ? "int"
            : "value";
    return `${short ? `${short}:` : ""}${name}=${kind}`;
  });
}

/** The long names of the flags a help text lists. */
export function helpFlagNames(help: string): Set<string> {
  return new Set(helpFlags(help).map((flag) => flag.replace(/^\w:/, "").split("=")[0]));
}

/**
 * Whether kubectl knows `--name` on the command at `path` although its help hides it (the
 * deprecated `--record`): with `--help` kubectl still parses every flag first, so an unknown
 * one fails ("unknown flag") and a known one prints the help.
 */
export async function kubectlKnowsHiddenFlag(path: string, name: string): Promise<boolean> {
  return kubectlHelp([...path.split(" "), "--help", `--${name}=1`]).then(
    () => true,
    () => false,
  );
}
