// Migrates one template database per test run; each test file then works on its own copy of it
// (tests/setup/db-setup.ts), so tests never share rows and never pay for migrations twice.
import fs from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../lib/server/db/migrations";

export const TMP_DIR = path.resolve("tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");

export default async function setup() {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  await applyMigrations(`file:${TEMPLATE_DB}`);
  return () => {
    for (const entry of fs.readdirSync(TMP_DIR)) if (entry.endsWith(".db") || entry.includes(".db-")) fs.rmSync(path.join(TMP_DIR, entry), { force: true });
  };
}
