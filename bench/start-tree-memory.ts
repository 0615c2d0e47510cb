// Resident memory of everything `npm start` leaves running (issue 16: ≤ 200 MB in total under the
// review load; issue 19: one Node process serving). Starts `npm start` as a user would (own port and
// data folder, built first if stale), then samples every process in its tree from /proc twice a
// second: idle once serving, and while 50 learners post reviews as in bench/review-bench.ts.
// Prints VmRSS per process and the sum (npm's own process shown apart), PSS beside it (shared pages
// such as the node binary counted once), and the load's throughput. A script, never a test:
//   npx tsx --conditions=react-server bench/start-tree-memory.ts
// Env: BENCH_SECONDS (20), BENCH_WARMUP_SECONDS (3), BENCH_LEARNERS (50), BENCH_IDLE_SECONDS (5).
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabaseClient } from "../lib/server/db/create-database-client";
import { freePort } from "../scripts/lib/free-port";
import { createLearners } from "./review/create-learners";
import { runReviewLoad } from "./review/http-review-load";
import { readProcess, type ProcessSample } from "./review/process-sampler";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const numberEnv = (name: string, fallback: number) =>
  Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback;
const CONFIG = {
  measureSeconds: numberEnv("BENCH_SECONDS", 20),
  warmupSeconds: numberEnv("BENCH_WARMUP_SECONDS", 3),
  learners: numberEnv("BENCH_LEARNERS", 50),
  idleSeconds: numberEnv("BENCH_IDLE_SECONDS", 5),
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[bench] ${message}`);

type Proc = { pid: number; ppid: number; label: string; isServer: boolean; rssMb: number; pssMb: number };
type Sample = { atMs: number; procs: Proc[] };

function readProc(pid: number): Proc | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    const pssKb = Number(/^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    const args = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean);
    const label = args
      .map((a) => (a.includes("/") && !a.startsWith("-") ? path.basename(a) : a))
      .join(" ")
      .slice(0, 70);
    return {
      pid,
      ppid,
      label,
      isServer: args.some((a) => path.basename(a) === "server.mjs"),
      rssMb: rssKb / 1024,
      pssMb: pssKb / 1024,
    };
  } catch {
    return null; // gone, or a kernel thread
  }
}

/** The root and every live descendant, found through the parent pid of each process in /proc. */
function readTree(rootPid: number): Proc[] {
  const all = fs
    .readdirSync("/proc")
    .filter((e) => /^\d+$/.test(e))
    .map((e) => readProc(Number(e)))
    .filter((p): p is Proc => p !== null);
  const tree = all.filter((p) => p.pid === rootPid);
  for (let i = 0; i < tree.length; i++) tree.push(...all.filter((p) => p.ppid === tree[i].pid));
  return tree;
}

const sum = (procs: Proc[], key: "rssMb" | "pssMb") => procs.reduce((total, p) => total + p[key], 0);

async function waitForHealth(url: string, exited: () => boolean, output: () => string): Promise<void> {
  for (const deadline = Date.now() + 300_000; Date.now() < deadline; await sleep(300)) {
    if (exited()) throw new Error(`npm start exited before serving:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
  }
  throw new Error(`npm start was not serving after 300 s:\n${output()}`);
}

async function readHeapUsedMb(url: string): Promise<number> {
  const health = (await (await fetch(`${url}/api/health`)).json()) as { server: { heapUsedBytes: number } };
  return health.server.heapUsedBytes / 2 ** 20;
}

async function readCardIds(databaseUrl: string): Promise<string[]> {
  const db = createDatabaseClient(databaseUrl);
  try {
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: "kubernetes-workloads" }, select: { id: true } });
    const cards = await db.card.findMany({
      where: { deckId: deck.id, retiredAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    return cards.map((c) => c.id);
  } finally {
    await db.$disconnect();
  }
}

function printTable(title: string, rows: Proc[], npmPid: number): void {
  console.log(`\n${title}`);
  console.log(`  ${"pid".padStart(7)} ${"VmRSS MB".padStart(9)} ${"PSS MB".padStart(7)}  process`);
  for (const p of rows)
    console.log(
      `  ${String(p.pid).padStart(7)} ${p.rssMb.toFixed(1).padStart(9)} ${p.pssMb.toFixed(1).padStart(7)}  ${p.label}`,
    );
  const rest = rows.filter((p) => p.pid !== npmPid);
  console.log(
    `  ${"total".padStart(7)} ${sum(rows, "rssMb").toFixed(1).padStart(9)} ${sum(rows, "pssMb").toFixed(1).padStart(7)}  (${rows.length} processes)`,
  );
  console.log(
    `  ${"w/o npm".padStart(7)} ${sum(rest, "rssMb").toFixed(1).padStart(9)} ${sum(rest, "pssMb").toFixed(1).padStart(7)}  (what npm runs)`,
  );
}

/** Per process, its highest VmRSS among the samples; the sum of those is an upper bound of the peak. */
function peakRows(samples: Sample[]): Proc[] {
  const peaks = new Map<number, Proc>();
  for (const s of samples)
    for (const p of s.procs) if (!peaks.has(p.pid) || peaks.get(p.pid)!.rssMb < p.rssMb) peaks.set(p.pid, p);
  return [...peaks.values()];
}

async function main(): Promise<void> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "kubedrill-tree-"));
  const databaseUrl = `file:${path.join(dataDir, "kubedrill.db")}`;
  const baseURL = `http://127.0.0.1:${port}`;
  let output = "";
  // TRUST_PROXY: each learner speaks from its own address, as in the review bench.
  const npm = spawn("npm", ["start"], {
    cwd: ROOT,
    env: {
      ...process.env,
      TRUST_PROXY: "1",
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_URL: baseURL,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  npm.stdout.on("data", (chunk) => (output += chunk));
  npm.stderr.on("data", (chunk) => (output += chunk));
  const npmPid = npm.pid!;
  let seen: number[] = [];
  const stop = async () => {
    seen = [...new Set([...seen, ...readTree(npmPid).map((p) => p.pid)])];
    npm.kill("SIGTERM");
    for (let i = 0; i < 50 && seen.some((pid) => fs.existsSync(`/proc/${pid}`)); i++) await sleep(100);
    for (const pid of seen.filter((p) => fs.existsSync(`/proc/${p}`))) {
      log(`pid ${pid} still there 5 s after SIGTERM; killing it`);
      process.kill(pid, "SIGKILL");
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const t0 = performance.now();
    await waitForHealth(
      baseURL,
      () => npm.exitCode !== null,
      () => output.slice(-3000),
    );
    log(
      `serving at ${baseURL} ${((performance.now() - t0) / 1000).toFixed(1)} s after npm start; idle for ${CONFIG.idleSeconds} s`,
    );
    await sleep(CONFIG.idleSeconds * 1000);
    const idle = readTree(npmPid);
    const heapIdle = await readHeapUsedMb(baseURL);
    seen = idle.map((p) => p.pid);
    const cardIds = await readCardIds(databaseUrl);
    const samples: Sample[] = [];
    const sampler = setInterval(() => samples.push({ atMs: Date.now(), procs: readTree(npmPid) }), 500);
    const learners = await createLearners(baseURL, CONFIG.learners);
    log(
      `${learners.length} learners signed in; load: ${CONFIG.warmupSeconds} s warm-up + ${CONFIG.measureSeconds} s measured`,
    );
    // Server CPU per review: steadier than requests/s on a machine shared with other work.
    const serverPid = readTree(npmPid).find((p) => p.isServer)!.pid;
    let cpuAtWindowStart: ProcessSample | null = null;
    const timer = setTimeout(() => (cpuAtWindowStart = readProcess(serverPid)), CONFIG.warmupSeconds * 1000);
    const load = await runReviewLoad({
      baseURL,
      learners,
      cardIds,
      warmupMs: CONFIG.warmupSeconds * 1000,
      measureMs: CONFIG.measureSeconds * 1000,
    });
    clearInterval(sampler);
    clearTimeout(timer);
    const cpuAtEnd = readProcess(serverPid);
    const cpuMsPerReview =
      cpuAtWindowStart && cpuAtEnd
        ? ((cpuAtEnd.cpuSeconds - (cpuAtWindowStart as ProcessSample).cpuSeconds) * 1000) / load.requests
        : NaN;
    const heapAfterLoad = await readHeapUsedMb(baseURL);
    const inWindow = samples.filter((s) => s.atMs >= load.window.fromMs && s.atMs <= load.window.toMs + 500);
    const peakSample = inWindow.reduce((a, b) => (sum(b.procs, "rssMb") > sum(a.procs, "rssMb") ? b : a));
    printTable("idle, once serving", idle, npmPid);
    printTable(
      `under load: the sample with the highest total (${inWindow.length} samples in the measured window)`,
      peakSample.procs,
      npmPid,
    );
    printTable("under load: each process at its own peak", peakRows(inWindow), npmPid);
    const anyTime = peakRows(samples);
    console.log(
      `\n  server V8 heap used (GET /api/health): ${heapIdle.toFixed(1)} MB idle, ${heapAfterLoad.toFixed(1)} MB right after the load`,
    );
    console.log(
      `  peak total over sign-up + load: ${Math.max(...samples.map((s) => sum(s.procs, "rssMb"))).toFixed(1)} MB (server process peak ${Math.max(...anyTime.filter((p) => p.isServer).map((p) => p.rssMb)).toFixed(1)} MB)`,
    );
    const l = load.latencyMs;
    console.log(
      `  load: ${load.requestsPerSecond.toFixed(0)} requests/s over ${load.seconds.toFixed(1)} s, p50 ${l.p50.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms, errors ${load.errors}, non-200 ${load.non200}, outcomes ${JSON.stringify(load.outcomes)}`,
    );
    console.log(`  server CPU per review: ${cpuMsPerReview.toFixed(2)} ms (pid ${serverPid})`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(`[bench] failed: ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
