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
// Files of this run start with its id, so that two runs at once (the SQLite and PostgreSQL passes)
// never remove each other's.
const RUN_ID = `run${process.pid}`;

async function setupSqlite(project: TestProject) {
  const template = path.join(TMP_DIR, `${RUN_ID}-template.db`);
  await applyMigrations(`file:${template}`);
  project.provide("sqliteTemplate", template);
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
  project.provide("runId", RUN_ID);
  const server = testProvider === "postgresql" ? await setupPostgres(project) : (await setupSqlite(project), null);
  return () => {
    server?.stop();
    for (const entry of fs.readdirSync(TMP_DIR))
      if (entry.startsWith(`${RUN_ID}-`)) fs.rmSync(path.join(TMP_DIR, entry), { force: true });
  };
}
