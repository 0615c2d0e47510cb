// The start-up path a newcomer runs: fresh data folder, restarts, and the data files that must stop
// the app with one clear line.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { onPostgres } from "@/tests/setup/test-database";
import { createDatabase } from "@/scripts/lib/throwaway-postgres";

const roots: string[] = [];
afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function tempDataDir() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-start-"));
  roots.push(root);
  return path.join(root, "data");
}

function prepare(env: Record<string, string>) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/prepare-start.ts", "--prepare-only"],
    {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
      encoding: "utf8",
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

/** The same start-up, without waiting: for two instances started together. */
function prepareAsync(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--conditions=react-server", "scripts/prepare-start.ts", "--prepare-only"],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
      },
    );
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

const dbEnv = (dataDir: string) => ({ DATA_DIR: dataDir, DATABASE_URL: `file:${path.join(dataDir, "kubedrill.db")}` });

async function countRows(url: string, sql: string): Promise<number> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

const migrationCount = (provider: string) =>
  fs.readdirSync(`prisma/${provider}/migrations`).filter((f) => /^\d/.test(f)).length;

describe.skipIf(!onPostgres)("start-up on PostgreSQL", () => {
  it("two instances started together on a fresh database both come up: one migrates and loads the decks (under an advisory lock), the other finds it done; they share one auth secret, kept in the database", async () => {
    const url = await createDatabase(process.env.DATABASE_URL!, `startup_${crypto.randomUUID().replaceAll("-", "")}`);
    const dataDirs = [tempDataDir(), tempDataDir()];
    const both = await Promise.all(dataDirs.map((dir) => prepareAsync({ DATA_DIR: dir, DATABASE_URL: url })));
    expect(
      both.map((r) => r.code),
      both.map((r) => r.output).join("\n"),
    ).toEqual([0, 0]);
    expect(both.filter((r) => /applied \d+ migration/.test(r.output))).toHaveLength(1);
    expect(await countRows(url, 'SELECT count(*) AS n FROM "DeckVersion"')).toBe(1);
    expect(await countRows(url, 'SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL')).toBe(
      migrationCount("postgresql"),
    );
    expect(
      await countRows(
        url,
        `SELECT count(*) AS n FROM "AppSetting" WHERE "key" = 'auth-secret' AND length("value") >= 32`,
      ),
    ).toBe(1);
    for (const dir of dataDirs) expect(fs.existsSync(path.join(dir, "auth-secret"))).toBe(false);
  }, 120_000);
});

describe.skipIf(onPostgres)("start-up", () => {
  it("two instances started together on a fresh data folder both come up: one migrates and loads the decks, the other finds it done", async () => {
    const dataDir = tempDataDir();
    const both = await Promise.all([prepareAsync(dbEnv(dataDir)), prepareAsync(dbEnv(dataDir))]);
    expect(
      both.map((r) => r.code),
      both.map((r) => r.output).join("\n"),
    ).toEqual([0, 0]);
    expect(both.filter((r) => /applied \d+ migration/.test(r.output))).toHaveLength(1);
    const check = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
    expect((check.prepare('SELECT count(*) AS n FROM "DeckVersion"').get() as { n: number }).n).toBe(1);
    expect(
      (
        check.prepare('SELECT count(*) AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL').get() as {
          n: number;
        }
      ).n,
    ).toBe(migrationCount("sqlite"));
    check.close();
  }, 120_000);

  it("creates the data folder, the database in WAL mode and a private auth secret on a fresh machine", () => {
    const dataDir = tempDataDir();
    const first = prepare(dbEnv(dataDir));
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied \d+ migration/);
    const file = path.join(dataDir, "kubedrill.db");
    const check = new Database(file, { readonly: true });
    expect(check.pragma("journal_mode", { simple: true })).toBe("wal");
    check.close();
    const secret = path.join(dataDir, "auth-secret");
    expect(fs.statSync(secret).mode & 0o777).toBe(0o600);

    const secretBefore = fs.readFileSync(secret, "utf8");
    const second = prepare(dbEnv(dataDir));
    expect(second.code).toBe(0);
    expect(second.stdout).not.toMatch(/applied/);
    expect(fs.readFileSync(secret, "utf8")).toBe(secretBefore);
  });

  it("recreates everything after the data folder is deleted", () => {
    const dataDir = tempDataDir();
    expect(prepare(dbEnv(dataDir)).code).toBe(0);
    fs.rmSync(dataDir, { recursive: true });
    const again = prepare(dbEnv(dataDir));
    expect(again.code).toBe(0);
    expect(fs.existsSync(path.join(dataDir, "kubedrill.db"))).toBe(true);
  });

  it("refuses a data file that is not a database with one line", () => {
    const dataDir = tempDataDir();
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(path.join(dataDir, "kubedrill.db"), "this is a text file, not a database\n".repeat(10));
    const result = prepare(dbEnv(dataDir));
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/kubedrill\.db is not an SQLite database/);
  });

  it("refuses a read-only data file with one line", () => {
    const dataDir = tempDataDir();
    expect(prepare(dbEnv(dataDir)).code).toBe(0);
    const file = path.join(dataDir, "kubedrill.db");
    fs.chmodSync(file, 0o444);
    const result = prepare(dbEnv(dataDir));
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/read-only/);
  });

  it.each([
    [
      "DATABASE_URL",
      "mysql://localhost/kubedrill",
      /DATABASE_URL="mysql:\/\/localhost\/kubedrill" must be file:.* or postgresql:/,
    ],
    ["PORT", "eighty", /PORT="eighty"/],
  ])("a bad %s is a one-line configuration error", (name, value, message) => {
    const dataDir = tempDataDir();
    const result = prepare({ ...dbEnv(dataDir), [name]: value });
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
  });
});
