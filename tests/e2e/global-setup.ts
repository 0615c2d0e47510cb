// Starts the app the way a user does (`npm start`, scripts/start.mjs: migrate, load decks, build if stale, serve)
// on a throwaway data folder and a free port, once for all browser tests.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../scripts/lib/free-port";
import { findChromium } from "./support/chromium-path";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
    admin: { email: string; password: string };
  }
}

// Created with the operator CLI (npm run user:ensure), as an admin of a real instance would be.
const ADMIN = { email: "admin@e2e.test", password: "e2e-admin-password-Ωmega" };

// A throttle window short enough for a test to wait out, long enough to hold a 1,000-request flood; TRUST_PROXY lets tests speak for distinct
// client addresses through X-Forwarded-For (browsers send none, so they keep 127.0.0.1).
const TEST_SERVER_ENV = { SIGNIN_WINDOW_SECONDS: "30", TRUST_PROXY: "1" };

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited (${child.exitCode}) before it was ready:\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not become healthy in time:\n${log()}`);
}

export default async function setup(project: TestProject) {
  findChromium(); // fail first, with the install instruction, if there is no browser
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-e2e-"));
  let output = "";
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    env: {
      ...process.env,
      ...TEST_SERVER_ENV,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: `file:${path.join(dataDir, "kubedrill.db")}`,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The whole server log is kept for reading after a failed run (a crash shows only as refused connections).
  const logFile = path.resolve("tests/.tmp/e2e-server.log");
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  fs.writeFileSync(logFile, "");
  const keep = (chunk: Buffer) => ((output += chunk), fs.appendFileSync(logFile, chunk));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHealth(baseURL, child, () => output.slice(-4000));
  const ensured = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "--conditions=react-server",
      "scripts/ensure-user.ts",
      "--email",
      ADMIN.email,
      "--role",
      "admin",
    ],
    {
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: `file:${path.join(dataDir, "kubedrill.db")}`,
        KUBEDRILL_PASSWORD: ADMIN.password,
      },
      encoding: "utf8",
    },
  );
  if (ensured.status !== 0) throw new Error(`could not create the e2e admin: ${ensured.stderr}`);
  project.provide("admin", ADMIN);
  project.provide("baseURL", baseURL);
  project.provide("dataDir", dataDir);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 300));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
