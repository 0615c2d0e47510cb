// Runs before each integration test file: a fresh copy of the migrated template database, and
// DATABASE_URL pointing at it before any lib/server module reads the environment.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";

const tmpDir = path.resolve("tests/.tmp");
const file = path.join(tmpDir, `test-${process.pid}-${crypto.randomUUID()}.db`);
fs.copyFileSync(path.join(tmpDir, "template.db"), file);
process.env.DATABASE_URL = `file:${file}`;
process.env.DATA_DIR = tmpDir;
delete (globalThis as { kubedrillDb?: unknown }).kubedrillDb;
