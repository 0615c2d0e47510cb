import "server-only";
// Runs a fit's heavy part (read 100,000 reviews, build the items, fit, evaluate) in a process of its
// own at the lowest CPU priority. In the server's process, on a worker thread, a fit for a learner
// with 100,000 reviews held the server's event loop long enough to raise review-submit p99 with 20
// learners from ~27–40 ms to 180–440 ms on a 2-core machine (bench/fsrs-fit-bench.ts): reading and
// building alone took ~1 s of its loop. The process runs lib/server/fsrs/fit-child.ts with tsx (a
// dependency) from the project folder, with the same environment (so the same database).
import { spawn } from "node:child_process";
import path from "node:path";
import type { FitJob, FitResult } from "./compute-fit";

const CHILD = "lib/server/fsrs/fit-child.ts";
/** A fit of 100,000 reviews takes a few seconds; one still running after this is stopped and failed. */
export const FIT_TIMEOUT_MS = 10 * 60_000;

/** The fit process's answer; a process that fails to start, dies or takes too long answers `ok: false` with why. */
export function runFitProcess(job: FitJob, timeoutMs = FIT_TIMEOUT_MS): Promise<FitResult> {
  const { NODE_OPTIONS: _inherited, ...env } = process.env;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", path.join(process.cwd(), CHILD)],
      {
        cwd: process.cwd(),
        env,
        stdio: ["ignore", "ignore", "inherit", "ipc"],
        serialization: "advanced",
      },
    );
    let settled = false;
    const timer = setTimeout(
      () => settle({ ok: false, counts: null, message: `fit process stopped after ${timeoutMs} ms` }),
      timeoutMs,
    );
    timer.unref();
    const settle = (answer: FitResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(answer);
      if (child.exitCode === null) child.kill("SIGKILL");
    };
    child.once("message", (answer: FitResult) => settle(answer));
    child.once("error", (error) => settle({ ok: false, counts: null, message: `fit process: ${error.message}` }));
    child.once("exit", (code, signal) =>
      settle({ ok: false, counts: null, message: `fit process ended (${signal ?? code}) without an answer` }),
    );
    child.send({ ...job, current: [...job.current] });
  });
}
