// Runs before each integration test file: a fresh copy of the migrated template database, and
// DATABASE_URL pointing at it before any lib/server module reads the environment.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { inject } from "vitest";
import { createDatabase } from "../../scripts/lib/throwaway-postgres";
import { testProvider } from "./test-database";

const tmpDir = path.resolve("tests/.tmp");
const name = `test_${crypto.randomUUID().replaceAll("-", "")}`;

if (testProvider === "postgresql") {
  process.env.DATABASE_URL = await createDatabase(inject("postgresServerUrl"), name, inject("postgresTemplate"));
} else {
  const file = path.join(tmpDir, `${inject("runId")}-${name}.db`);
  fs.copyFileSync(inject("sqliteTemplate"), file);
  process.env.DATABASE_URL = `file:${file}`;
}
process.env.DATA_DIR = tmpDir;
delete (globalThis as { kubedrillDb?: unknown }).kubedrillDb;
