// Issue 19: `npm start` leaves one Node process serving. What stays is npm, the plain-JS supervisor
// (scripts/start.mjs, named by the pid file) and `node server.mjs`: no tsx, no esbuild, no shell.
// A SIGTERM to npm (what a service manager or `kill` sends) stops all of them and removes the pid file.
// Own instance (own port and data folder), as server-restart.test.ts; the build is global setup's.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port";

let npm: ChildProcess | undefined;
let dataDir = "";
let output = "";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Proc = { pid: number; args: string[] };

/** Every live descendant of `rootPid`, from the parent pid of each process in /proc. */
function descendants(rootPid: number): Proc[] {
  const all: (Proc & { ppid: number })[] = [];
  for (const entry of fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      all.push({
        pid: Number(entry),
        ppid,
        args: fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").split("\0").filter(Boolean),
      });
    } catch {
      // ended while we looked
    }
  }
  const found: Proc[] = [];
  for (let parents = [rootPid]; parents.length > 0;) {
    const children = all.filter((p) => parents.includes(p.ppid));
    found.push(...children);
    parents = children.map((p) => p.pid);
  }
  return found;
}

afterAll(async () => {
  if (npm?.exitCode === null) npm.kill("SIGKILL");
  await sleep(300);
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("leaves the supervisor and one server process, and a SIGTERM to npm stops both and removes the pid file", async () => {
    const port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-tree-"));
    const url = `http://127.0.0.1:${port}`;
    npm = spawn("npm", ["start"], {
      env: {
        ...process.env,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        DATA_DIR: dataDir,
        DATABASE_URL: `file:${path.join(dataDir, "kubedrill.db")}`,
        NEXTAUTH_URL: url,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    npm.stdout?.on("data", (chunk) => (output += chunk));
    npm.stderr?.on("data", (chunk) => (output += chunk));
    let serving = false;
    for (const deadline = Date.now() + 120_000; !serving && Date.now() < deadline; await sleep(300)) {
      serving = await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
    }
    expect(serving, output.slice(-2000)).toBe(true);

    const tree = descendants(npm.pid!);
    const commands = tree.map((p) => p.args.map((a) => path.basename(a)).join(" "));
    expect(commands, commands.join("\n")).toHaveLength(2);
    const supervisor = tree.find((p) => p.args.some((a) => a.endsWith("scripts/start.mjs")));
    const server = tree.find((p) => p.args.includes("server.mjs"));
    expect(supervisor, commands.join("\n")).toBeDefined();
    expect(server, commands.join("\n")).toBeDefined();
    expect(commands.join("\n")).not.toMatch(/tsx|esbuild/);
    const pidFile = path.join(dataDir, "kubedrill.pid");
    expect(fs.readFileSync(pidFile, "utf8").trim()).toBe(String(supervisor!.pid));

    npm.kill("SIGTERM");
    const alive = () => tree.filter((p) => fs.existsSync(`/proc/${p.pid}`)).map((p) => p.pid);
    for (const deadline = Date.now() + 10_000; alive().length > 0 && Date.now() < deadline;) await sleep(100);
    expect(alive(), output.slice(-2000)).toEqual([]);
    expect(fs.existsSync(pidFile)).toBe(false);
  }, 180_000);
});
