// `npm test`: every check, in the order that fails fastest. Prints one closing line
// "N passed, N failed" summed over all test runs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Step = { name: string; command: string[]; vitestReport?: string; env?: Record<string, string> };

const REPORT_DIR = path.resolve("tests/.tmp/reports");
const vitest = (project: string, database?: "postgresql"): Step => {
  const report = path.join(REPORT_DIR, `${project}${database ? `-${database}` : ""}.json`);
  return {
    name: `${project} tests${database ? " on PostgreSQL" : ""}`,
    command: ["npx", "vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    vitestReport: report,
    // The tests start a throwaway PostgreSQL cluster of their own (scripts/lib/throwaway-postgres.ts).
    env: database ? { TEST_DATABASE: database } : {},
  };
};

const STEPS: Step[] = [
  { name: "typecheck", command: ["npx", "tsc", "--noEmit"] },
  { name: "lint", command: ["npx", "eslint", "."] },
  { name: "content check", command: ["npm", "run", "--silent", "content:check"] },
  // The kubectl client the oracle tests run (pinned; tools/kubectl/bin, see scripts/install-kubectl.ts).
  { name: "kubectl install", command: ["npm", "run", "--silent", "kubectl:install"] },
  vitest("unit"),
  // Every test that touches the database runs on both: SQLite (the default) and PostgreSQL.
  vitest("integration"),
  vitest("integration", "postgresql"),
  vitest("e2e"),
];

function main() {
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  const only = process.argv.slice(2);
  let passed = 0;
  let failed = 0;
  for (const step of STEPS.filter((s) => only.length === 0 || only.some((o) => s.name.startsWith(o)))) {
    const started = Date.now();
    console.log(`\n▶ ${step.name}`);
    const result = spawnSync(step.command[0], step.command.slice(1), { stdio: "inherit", env: { ...process.env, TZ: "UTC", ...step.env } });
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (step.vitestReport && fs.existsSync(step.vitestReport)) {
      const report = JSON.parse(fs.readFileSync(step.vitestReport, "utf8")) as { numPassedTests: number; numFailedTests: number };
      passed += report.numPassedTests;
      failed += report.numFailedTests;
    }
    if (result.status !== 0) {
      console.error(`✗ ${step.name} failed after ${seconds}s`);
      console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
      process.exit(1);
    }
    console.log(`✓ ${step.name} (${seconds}s)`);
  }
  console.log(`${passed} passed, ${failed} failed`);
}

main();
