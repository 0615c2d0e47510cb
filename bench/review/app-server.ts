// Starts the app the way tests/e2e/global-setup.ts does (`npm start`, scripts/start.mjs: migrate,
// load decks, build if stale, serve) on a free port and a throwaway data folder, and finds the Next
// server's own pid (the `node server.mjs` child of start.mjs) so its memory can be sampled.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/lib/free-port";

/** databaseFile: the SQLite file, or null when extraEnv.DATABASE_URL named a PostgreSQL database. */
export type AppServer = {
  baseURL: string;
  dataDir: string;
  databaseUrl: string;
  databaseFile: string | null;
  launcherPid: number;
  serverPid: number;
  log: () => string;
  stop: () => Promise<void>;
};

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 300_000; // a stale build can take minutes on 2 cores
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before it was ready:\n${log()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not become healthy in time:\n${log()}`);
}

/** The pid of `node server.mjs` among the launcher's children. */
export function findServerPid(launcherPid: number): number {
  const out = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(launcherPid)], { encoding: "utf8" });
  const line = out.split("\n").find((l) => /\bserver\.mjs\b/.test(l));
  if (!line) throw new Error(`no server.mjs child under pid ${launcherPid}:\n${out}`);
  return Number(line.trim().split(/\s+/)[0]);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function stopProcesses(child: ChildProcess, serverPid: number | null, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.pid) child.kill("SIGTERM"); // start.mjs forwards it to server.mjs
  const deadline = Date.now() + 5000;
  while (
    Date.now() < deadline &&
    ((child.exitCode === null && child.signalCode === null) || (serverPid && isAlive(serverPid)))
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  for (const pid of [serverPid, child.pid]) if (pid && isAlive(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Starts the app (on its own SQLite file unless extraEnv names a DATABASE_URL); `stop()` ends both processes (by pid) and removes the data folder. */
export async function startAppServer(repoRoot: string, extraEnv: Record<string, string> = {}): Promise<AppServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-bench-"));
  const databaseFile = extraEnv.DATABASE_URL ? null : path.join(dataDir, "kubedrill.db");
  const databaseUrl = extraEnv.DATABASE_URL ?? `file:${databaseFile}`;
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: repoRoot,
    env: {
      ...process.env,
      TRUST_PROXY: "1",
      ...extraEnv,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseURL,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const log = () => output.slice(-4000);
  let serverPid: number | null = null;
  const stop = () => stopProcesses(child, serverPid, dataDir);
  try {
    await waitForHealth(baseURL, child, log);
    serverPid = findServerPid(child.pid!);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, dataDir, databaseUrl, databaseFile, launcherPid: child.pid!, serverPid, log, stop };
}
