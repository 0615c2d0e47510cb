// @ts-check
// `npm start` (`npm run dev` with --dev): the process that stays beside the server while the app runs.
// Everything before serving is TypeScript and needs tsx, which keeps esbuild and the transformed
// modules resident (issue 19: ~280 MB beside the server); so scripts/prepare-start.ts does it in a
// child process that exits, and hands over the server's command line. This one is plain JavaScript
// (no loader): it holds the pid file and supervises `node server.mjs` (scripts/lib/supervise.mjs).
// package.json runs it with `exec`, so npm's signals reach it directly rather than a shell.
import { spawn } from "node:child_process";
import { holdPidFile } from "./lib/hold-pid-file.mjs";
import { supervise } from "./lib/supervise.mjs";

/**
 * What scripts/prepare-start.ts sends once the app is ready to serve.
 * @typedef {{ args: string[]; env: Record<string, string>; pidFile: string }} ServerLaunch
 */

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 };
const passOn = process.argv.slice(2).filter((arg) => arg === "--dev");
/** @type {import("./lib/supervise.mjs").Supervisor | undefined} */
let supervisor;
/** @type {"SIGINT" | "SIGTERM" | undefined} */
let stopSignal;

const preparation = spawn(
  process.execPath,
  ["--import", "tsx", "--conditions=react-server", "scripts/prepare-start.ts", ...passOn],
  { stdio: ["inherit", "inherit", "inherit", "ipc"] },
);
/** @type {ServerLaunch | undefined} */
let launch;
preparation.on("message", (message) => (launch = /** @type {ServerLaunch} */ (message)));
// "close", not "exit": it comes after the IPC channel has delivered every message.
preparation.on("close", (code, signal) => {
  // It printed its own one-line reason; a signal here is Ctrl-C or SIGTERM during start-up.
  if (stopSignal || !launch)
    return process.exit(stopSignal ? SIGNAL_EXIT_CODES[stopSignal] : signal ? 1 : (code ?? 1) || 1);
  serve(launch);
});

// glibc malloc for the server, unless set already. By default glibc raises its mmap threshold each
// time a large block is freed, so later large blocks (files and modules read at start-up, among
// others) come from the heap or from one of up to 16 per-thread arenas, and much of that stays
// resident once freed. A fixed threshold gives every block over 128 KiB back when it is freed; two
// arenas bound the rest. Server RSS 8 s after it is ready, 3 runs each: 175–177 MB by default,
// 148–166 with two arenas, 143 with the fixed threshold, 123–131 MB with both.
const MALLOC_DEFAULTS = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" };

/** @param {ServerLaunch} server */
function serve(server) {
  holdPidFile(server.pidFile); // db:restore refuses while this names a live process
  const env = { ...MALLOC_DEFAULTS, ...process.env, ...server.env };
  // A crash (out of memory, an uncaught error, kill -9) restarts the server instead of leaving the
  // instance down. Ctrl-C / SIGTERM stop both for good.
  supervisor = supervise({
    start: () => spawn(process.execPath, server.args, { stdio: ["inherit", "inherit", "pipe", "ipc"], env }),
  });
}

for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
  process.on(signal, () => {
    stopSignal ??= signal;
    if (supervisor) void supervisor.stop(signal).then((code) => process.exit(code));
    else if (preparation.exitCode === null && preparation.signalCode === null) preparation.kill(signal);
    else process.exit(SIGNAL_EXIT_CODES[signal]);
  });
}
