// `npm test`: every check, in the order that fails fastest. Prints one closing line
// "N passed, N failed" summed over all test runs.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

type Step = { name: string; command: string[]; vitestReport?: string; env?: Record<string, string> };
/** Steps in one array run at the same time; their output is shown whole, one after the other. */
type Stage = Step | Step[];

const REPORT_DIR = path.resolve("tests/.tmp/reports");
const vitest = (project: string, database?: "postgresql"): Step => {
  const report = path.join(REPORT_DIR, `${project}${database ? `-${database}` : ""}.json`);
  return {
    name: `${project} tests${database ? " on PostgreSQL" : ""}`,
    command: [
      "npx",
      "vitest",
      "run",
      "--project",
      project,
      "--reporter=default",
      "--reporter=json",
      `--outputFile.json=${report}`,
    ],
    vitestReport: report,
    // The tests start a throwaway PostgreSQL cluster of their own (scripts/lib/throwaway-postgres.ts).
    env: database ? { TEST_DATABASE: database } : {},
  };
};

// Steps in one stage run at the same time: on two cores, a stage of single-threaded checks or of
// tests that mostly wait (for child processes, databases, servers restarting) takes much less than
// the sum of its steps. The order still fails fast: checks before tests, tests before the browser.
const STAGES: Stage[] = [
  [
    { name: "typecheck", command: ["npx", "tsc", "--noEmit", "-p", "tsconfig.typecheck.json"] },
    { name: "lint", command: ["npm", "run", "--silent", "lint"] },
    { name: "content check", command: ["npm", "run", "--silent", "content:check"] },
    // The kubectl client the oracle tests run (pinned; tools/kubectl/bin, see scripts/install-kubectl.ts).
    { name: "kubectl install", command: ["npm", "run", "--silent", "kubectl:install"] },
    vitest("unit"),
    // The app build the browser tests start (their setup skips it when it is current).
    { name: "build", command: ["npm", "run", "--silent", "build"] },
  ],
  // Every test that touches the database runs on both databases.
  [vitest("integration"), vitest("integration", "postgresql")],
  // Browser-side tests that start (and kill) app instances of their own: alone, since restarting
  // servers is what they measure out and they need the CPU for it.
  vitest("e2e-servers"),
  vitest("e2e"),
];

type Outcome = {
  step: Step;
  code: number | null;
  seconds: string;
  output: string | null;
  passed: number;
  failed: number;
};

function run(step: Step, inherit: boolean): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(step.command[0], step.command.slice(1), {
      stdio: inherit ? "inherit" : ["ignore", "pipe", "pipe"],
      env: { ...process.env, TZ: "UTC", ...step.env },
    });
    let output = "";
    child.stdout?.on("data", (d) => (output += d));
    child.stderr?.on("data", (d) => (output += d));
    child.on("close", (code) => {
      const counts = { passed: 0, failed: 0 };
      if (step.vitestReport && fs.existsSync(step.vitestReport)) {
        const report = JSON.parse(fs.readFileSync(step.vitestReport, "utf8")) as {
          numPassedTests: number;
          numFailedTests: number;
        };
        Object.assign(counts, { passed: report.numPassedTests, failed: report.numFailedTests });
      }
      resolve({
        step,
        code,
        seconds: ((Date.now() - started) / 1000).toFixed(1),
        output: inherit ? null : output,
        ...counts,
      });
    });
  });
}

async function main() {
  fs.mkdirSync(REPORT_DIR, { recursive: true });
  for (const file of fs.readdirSync(REPORT_DIR)) fs.rmSync(path.join(REPORT_DIR, file), { force: true });
  const only = process.argv.slice(2);
  const wanted = (step: Step) => only.length === 0 || only.some((o) => step.name.startsWith(o));
  let passed = 0;
  let failed = 0;
  for (const stage of STAGES) {
    const steps = (Array.isArray(stage) ? stage : [stage]).filter(wanted);
    if (steps.length === 0) continue;
    if (steps.length === 1) console.log(`\n▶ ${steps[0].name}`);
    else console.log(`\n▶ ${steps.map((s) => s.name).join(" + ")}, at the same time`);
    const outcomes = await Promise.all(steps.map((step) => run(step, steps.length === 1)));
    for (const outcome of outcomes) {
      if (outcome.output !== null) console.log(`\n── ${outcome.step.name} ──\n${outcome.output}`);
      passed += outcome.passed;
      failed += outcome.failed;
    }
    for (const outcome of outcomes) {
      const counts = outcome.step.vitestReport ? `: ${outcome.passed} passed, ${outcome.failed} failed` : "";
      console.log(`${outcome.code === 0 ? "✓" : "✗"} ${outcome.step.name} (${outcome.seconds}s)${counts}`);
    }
    if (outcomes.some((o) => o.code !== 0)) {
      console.log(`${passed} passed, ${Math.max(failed, 1)} failed`);
      process.exit(1);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
}

void main();
