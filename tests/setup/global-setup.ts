// Migrates one template database per test run; each test file then works on its own copy of it
// (tests/setup/db-setup.ts), so tests never share rows and never pay for migrations twice.
// SQLite: a template file that is copied. PostgreSQL: a template database (CREATE DATABASE … TEMPLATE).
import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/server/db/migrations";
import { createDatabase, startThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";
import { testProvider } from "./test-database";

export const TMP_DIR = path.resolve("tests/.tmp");
export const TEMPLATE_DB = path.join(TMP_DIR, "template.db");

function setupSqlite() {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(TEMPLATE_DB + suffix, { force: true });
  return applyMigrations(`file:${TEMPLATE_DB}`);
}

async function setupPostgres(project: TestProject) {
  const server = process.env.TEST_POSTGRES_URL ? null : await startThrowawayPostgres();
  const serverUrl = process.env.TEST_POSTGRES_URL ?? server!.url;
  const template = `kubedrill_template_${process.pid}`;
  await applyMigrations(await createDatabase(serverUrl, template));
  project.provide("postgresServerUrl", serverUrl);
  project.provide("postgresTemplate", template);
  return server;
}

export default async function setup(project: TestProject) {
  fs.mkdirSync(TMP_DIR, { recursive: true });
  const server = testProvider === "postgresql" ? await setupPostgres(project) : (await setupSqlite(), null);
  return () => {
    server?.stop();
    for (const entry of fs.readdirSync(TMP_DIR)) if (entry.endsWith(".db") || entry.includes(".db-")) fs.rmSync(path.join(TMP_DIR, entry), { force: true });
  };
}
