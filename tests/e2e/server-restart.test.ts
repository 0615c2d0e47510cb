// `npm start` supervises the server: killing the serving process (as the kernel's OOM killer or a
// crash would) brings a new one up by itself. Runs its own instance (own port and data folder) so
// the shared test server is not disturbed; the build is the one global setup already made.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/free-port";

type Health = { server: { pid: number; uptimeSeconds: number } };
let supervisor: ChildProcess | undefined;
let dataDir = "";
let output = "";

async function readHealth(url: string): Promise<Health | null> {
  try {
    const response = await fetch(`${url}/api/health`);
    return response.ok ? ((await response.json()) as Health) : null;
  } catch {
    return null;
  }
}

async function waitFor<T>(probe: () => Promise<T | null>, timeoutMs: number): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return null;
}

afterAll(async () => {
  supervisor?.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe("the start script supervises the server", () => {
  it("restarts a killed server process and serves again within 10 s, logging why it died", async () => {
    const port = await freePort();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-restart-"));
    const url = `http://127.0.0.1:${port}`;
    supervisor = spawn(process.execPath, ["scripts/start.mjs"], {
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
    supervisor.stdout?.on("data", (chunk) => (output += chunk));
    supervisor.stderr?.on("data", (chunk) => (output += chunk));

    const first = await waitFor(() => readHealth(url), 120_000);
    expect(first, output.slice(-2000)).not.toBeNull();
    expect(first!.server.pid).not.toBe(supervisor.pid);

    process.kill(first!.server.pid, "SIGKILL");
    const killedAt = Date.now();
    const second = await waitFor(async () => {
      const health = await readHealth(url);
      return health && health.server.pid !== first!.server.pid ? health : null;
    }, 10_000);
    const seconds = (Date.now() - killedAt) / 1000;
    expect(second, `not serving again 10 s after the kill:\n${output.slice(-2000)}`).not.toBeNull();
    console.log(
      `server restarted and serving ${seconds.toFixed(1)} s after SIGKILL (pid ${first!.server.pid} → ${second!.server.pid})`,
    );
    expect(output).toMatch(new RegExp(`server process ${first!.server.pid} died \\(signal SIGKILL\\)`));
    expect(supervisor.exitCode).toBeNull();
  }, 180_000);
});
