// @ts-check
// Keeps the server process running: when it dies for any reason other than our own shutdown, it
// is started again. A server that dies before it is ready (a crash loop at start-up) waits longer
// each time (0.5 s … 30 s, reset once a run stays up a minute); one that had been serving (killed,
// out of memory) comes back after the shortest pause, however often that happens. Every death is logged with its exit code or signal, and with
// the last lines the process wrote to stderr (an out-of-memory abort prints its reason there).
// Plain JavaScript: it runs in the process `npm start` leaves beside the server (scripts/start.mjs),
// which loads no TypeScript loader.

/**
 * @typedef {{
 *   start: () => import("node:child_process").ChildProcess;
 *   log?: (line: string) => void;
 *   minDelayMs?: number;
 *   maxDelayMs?: number;
 *   stableAfterMs?: number;
 *   now?: () => number;
 * }} SuperviseOptions
 * @typedef {{ stop: (signal?: NodeJS.Signals) => Promise<number>; restarts: () => number; current: () => import("node:child_process").ChildProcess }} Supervisor
 */

/**
 * How many failures in a row the run that just ended makes (the restart delay doubles with it).
 * @param {number} previous
 * @param {{ ranMs: number; becameReady: boolean }} run
 * @returns {number}
 */
export function failuresAfterRun(previous, run, stableAfterMs = 60_000) {
  return run.becameReady || run.ranMs >= stableAfterMs ? 1 : previous + 1;
}

/**
 * @param {number} failuresInARow
 * @returns {number}
 */
export function restartDelay(failuresInARow, minDelayMs = 500, maxDelayMs = 30_000) {
  return Math.min(maxDelayMs, minDelayMs * 2 ** Math.max(0, failuresInARow - 1));
}

/**
 * @param {SuperviseOptions} options
 * @returns {Supervisor}
 */
export function supervise(options) {
  const {
    start,
    log = (line) => console.error(line),
    minDelayMs = 500,
    maxDelayMs = 30_000,
    stableAfterMs = 60_000,
    now = Date.now,
  } = options;
  let stopping = false;
  let restarts = 0;
  let failuresInARow = 0;
  /** @type {import("node:child_process").ChildProcess} */
  let child;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  /** @type {(code: number) => void} */
  let resolveStopped = () => {};
  /** @type {Promise<number>} */
  const stopped = new Promise((resolve) => (resolveStopped = resolve));

  const launch = () => {
    const startedAt = now();
    let stderrTail = "";
    let becameReady = false;
    child = start();
    child.on("message", (message) => (becameReady ||= message === "ready")); // server.mjs, once it listens
    child.stderr?.on("data", (/** @type {Buffer} */ chunk) => {
      process.stderr.write(chunk);
      stderrTail = (stderrTail + chunk.toString("utf8")).slice(-2000);
    });
    child.on("exit", (code, signal) => {
      if (stopping) return resolveStopped(code ?? 0);
      const ranMs = now() - startedAt;
      failuresInARow = failuresAfterRun(failuresInARow, { ranMs, becameReady }, stableAfterMs);
      const delay = restartDelay(failuresInARow, minDelayMs, maxDelayMs);
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      const lastLines = stderrTail.trim().split("\n").slice(-5).join(" | ");
      log(
        `[kubedrill] server process ${child.pid} died (${why}) after ${(ranMs / 1000).toFixed(1)} s${lastLines ? `; last output: ${lastLines}` : ""}; restarting in ${delay} ms`,
      );
      restarts += 1;
      timer = setTimeout(launch, delay);
    });
  };
  launch();

  return {
    restarts: () => restarts,
    current: () => child,
    stop(signal = "SIGTERM") {
      stopping = true;
      if (timer) clearTimeout(timer);
      if (child.exitCode !== null || child.signalCode !== null) resolveStopped(child.exitCode ?? 0);
      else child.kill(signal);
      return stopped;
    },
  };
}
