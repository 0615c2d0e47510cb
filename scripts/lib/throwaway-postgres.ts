// A PostgreSQL cluster that lives for one command (tests, benchmarks, writing migrations): a new
// data folder under the system temp dir, a free loopback port, trust auth for its own superuser,
// removed when stopped. Uses Debian's `postgresql` package (apt-get install -y postgresql); as
// root it runs the server as the `postgres` user, since PostgreSQL refuses to run as root.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "./free-port";

export type ThrowawayPostgres = { url: string; port: number; dataDir: string; stop: () => void };

const USER = "kubedrill";

/** The newest PostgreSQL server binaries Debian installed, or null. */
export function findPostgresBin(): string | null {
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const bin = findPostgresBin();
  if (!bin)
    throw new Error(
      "PostgreSQL is not installed: apt-get install -y postgresql (the tests run on SQLite and PostgreSQL)",
    );
  const asRoot = process.getuid?.() === 0;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-pg-"));
  fs.chmodSync(dir, 0o755);
  if (asRoot) execFileSync("chown", ["postgres:postgres", dir]);
  // A server tool and its arguments, run as `postgres` when we are root.
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, tool), ...args]] : [path.join(bin, tool), args];
  const run = (tool: string, args: string[]) =>
    execFileSync(...command(tool, args), { stdio: ["ignore", "ignore", "pipe"] });
  const dataDir = path.join(dir, "data");
  run("initdb", ["-D", dataDir, "-U", USER, "--auth=trust", "--no-locale", "-E", "UTF8", "--no-sync"]);
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    "-c listen_addresses=127.0.0.1",
    "-c max_connections=200",
    "-c timezone=UTC",
  ];
  run("pg_ctl", [
    "-D",
    dataDir,
    "-o",
    settings.join(" "),
    "-l",
    path.join(dir, "server.log"),
    "-w",
    "-t",
    "60",
    "start",
  ]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(...command("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]), { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  return { url: `postgresql://${USER}@127.0.0.1:${port}/postgres`, port, dataDir, stop };
}

/** The same server, another database on it. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates a database on the server `serverUrl` names (optionally a copy of a template); returns its URL. */
export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<string> {
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
  } finally {
    await admin.end();
  }
  return databaseUrl(serverUrl, name);
}
