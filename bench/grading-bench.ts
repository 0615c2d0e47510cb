// Throughput of the pure grading engine `gradeAnswer`, per item type, on the answer keys of the
// built-in deck and a mix of right, near-miss and wrong responses per key. A script that prints
// figures (no assertions on time):
//   npx tsx bench/grading-bench.ts
// Env: BENCH_SECONDS (2: measured seconds per type), BENCH_WARMUP_SECONDS (0.3 per type),
// BENCH_TYPES (all: comma-separated item types to run, e.g. `kubectl,manifest`).
// Figures are also written to bench/out/grading-bench.json.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gradeAnswer } from "../lib/core/grading/grade-answer";
import type { Verdict } from "../lib/core/grading/grade-result";
import {
  GRADED_TYPES,
  loadDeckKeys,
  prepareResponses,
  type GradedType,
  type PreparedResponse,
} from "./lib/grading-responses";
import { commitLabel } from "./lib/commit-label";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const COMMAND = "npx tsx bench/grading-bench.ts";
const DECK_SLUG = "kubernetes-workloads";
const OUT_FILE = path.join(ROOT, "bench/out/grading-bench.json");
const numberEnv = (name: string, fallback: number) =>
  Number(process.env[name]) > 0 ? Number(process.env[name]) : fallback;
const CONFIG = {
  measureSeconds: numberEnv("BENCH_SECONDS", 2),
  warmupSeconds: numberEnv("BENCH_WARMUP_SECONDS", 0.3),
  types: GRADED_TYPES.filter((type) => !process.env.BENCH_TYPES || process.env.BENCH_TYPES.split(",").includes(type)),
};
/**
 * Per-call timing adds two hrtime reads (tens of ns): types faster than SLOW_CALL_MICROS time each
 * call on every SAMPLE_EVERY-th pass only and take throughput from the other passes; slower types
 * time every call, so that their percentiles rest on more than a pass or two.
 */
const SAMPLE_EVERY = 5;
const SLOW_CALL_MICROS = 20;
const MAX_SAMPLES = 1_000_000;

type KindReport = {
  kind: string;
  expect: Record<string, number>;
  count: number;
  verdicts: Partial<Record<Verdict, number>>;
  feedback: Record<string, number>;
  meanMicros: number;
  p99Micros: number;
  unexpected: string[];
};
type TypeReport = {
  type: GradedType;
  keys: number;
  responses: number;
  answers: number;
  seconds: number;
  answersPerSecond: number;
  meanMicros: number;
  p50Micros: number;
  p99Micros: number;
  maxMicros: number;
  samples: number;
  sampleEvery: number;
  verdicts: Partial<Record<Verdict, number>>;
  byKind: KindReport[];
};

let sink = 0; // consumed scores, so that no call can be optimised away

function percentile(sorted: Float64Array, p: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const countInto = (counts: Record<string, number>, name: string) => (counts[name] = (counts[name] ?? 0) + 1);

/** Grades every response once and checks its verdict against the expectation. */
function verifyVerdicts(responses: PreparedResponse[]): Map<string, KindReport> {
  const kinds = new Map<string, KindReport>();
  for (const r of responses) {
    const report = kinds.get(r.kind) ?? {
      kind: r.kind,
      expect: {},
      count: 0,
      verdicts: {},
      feedback: {},
      meanMicros: 0,
      p99Micros: 0,
      unexpected: [],
    };
    kinds.set(r.kind, report);
    const result = gradeAnswer(r.key, r.response);
    report.count += 1;
    countInto(report.verdicts, result.verdict);
    countInto(report.feedback, result.feedback[0]?.code ?? "none");
    countInto(report.expect, r.expect);
    const isExpected = r.expect === "not-correct" ? result.verdict !== "correct" : result.verdict === r.expect;
    if (!isExpected) {
      report.unexpected.push(
        `${r.itemId}: ${JSON.stringify(r.response)} → ${result.verdict} (${result.score}), expected ${r.expect}; feedback ${JSON.stringify(result.feedback)}`,
      );
    }
  }
  return kinds;
}

/** Grades the responses in passes for `seconds`; returns the mean µs per answer. */
function runFor(responses: PreparedResponse[], seconds: number): number {
  const started = process.hrtime.bigint();
  const until = started + BigInt(Math.round(seconds * 1e9));
  let answers = 0;
  while (process.hrtime.bigint() < until) {
    for (const r of responses) sink += gradeAnswer(r.key, r.response).score;
    answers += responses.length;
  }
  return Number(process.hrtime.bigint() - started) / 1000 / answers;
}

/** Runs passes over the responses for `seconds`: whole-pass timing for throughput, per-call timing on every `sampleEvery`-th pass. */
function measure(responses: PreparedResponse[], seconds: number, sampleEvery: number) {
  const samples = new Float64Array(MAX_SAMPLES);
  const sampleKind = new Int32Array(MAX_SAMPLES);
  const kindNames = [...new Set(responses.map((r) => r.kind))];
  const kindIndex = responses.map((r) => kindNames.indexOf(r.kind));
  let sampled = 0;
  let answers = 0;
  let wallNs = 0n;
  const started = process.hrtime.bigint();
  const until = started + BigInt(Math.round(seconds * 1e9));
  for (let pass = 0; process.hrtime.bigint() < until; pass++) {
    const isTimedPerCall = pass % sampleEvery === sampleEvery - 1 && sampled + responses.length <= MAX_SAMPLES;
    const t0 = process.hrtime.bigint();
    if (isTimedPerCall) {
      for (let i = 0; i < responses.length; i++) {
        const t1 = process.hrtime.bigint();
        sink += gradeAnswer(responses[i].key, responses[i].response).score;
        samples[sampled] = Number(process.hrtime.bigint() - t1) / 1000;
        sampleKind[sampled++] = kindIndex[i];
      }
    } else {
      for (const r of responses) sink += gradeAnswer(r.key, r.response).score;
    }
    if (isTimedPerCall && sampleEvery > 1) continue;
    wallNs += process.hrtime.bigint() - t0;
    answers += responses.length;
  }
  return {
    answers,
    wallNs,
    samples: samples.subarray(0, sampled),
    sampleKind: sampleKind.subarray(0, sampled),
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
  };
}

function benchType(type: GradedType, responses: PreparedResponse[], keys: number): TypeReport {
  const kinds = verifyVerdicts(responses);
  const warmupMicros = runFor(responses, CONFIG.warmupSeconds);
  const sampleEvery = warmupMicros > SLOW_CALL_MICROS ? 1 : SAMPLE_EVERY;
  const run = measure(responses, CONFIG.measureSeconds, sampleEvery);
  const kindNames = [...kinds.keys()];
  kindNames.forEach((name, k) => {
    const own = Float64Array.from(run.samples.filter((_, i) => run.sampleKind[i] === k)).sort();
    const report = kinds.get(name)!;
    report.meanMicros = own.reduce((sum, v) => sum + v, 0) / own.length;
    report.p99Micros = percentile(own, 99);
  });
  const sorted = Float64Array.from(run.samples).sort();
  const answersPerSecond = run.answers / (Number(run.wallNs) / 1e9);
  const verdicts: Partial<Record<Verdict, number>> = {};
  for (const report of kinds.values())
    for (const [v, n] of Object.entries(report.verdicts)) verdicts[v as Verdict] = (verdicts[v as Verdict] ?? 0) + n;
  return {
    type,
    keys,
    responses: responses.length,
    answers: run.answers,
    seconds: run.seconds,
    answersPerSecond,
    meanMicros: 1e6 / answersPerSecond,
    p50Micros: percentile(sorted, 50),
    p99Micros: percentile(sorted, 99),
    maxMicros: sorted[sorted.length - 1] ?? NaN,
    samples: sorted.length,
    sampleEvery,
    verdicts,
    byKind: [...kinds.values()],
  };
}

function machine() {
  const commit = commitLabel(ROOT);
  const cpu = os.cpus()[0]?.model ?? "?";
  return {
    cpus: os.cpus().length,
    cpu,
    node: process.version,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    commit,
  };
}

const fmt = (n: number, digits = 1) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "-";
const tally = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([name, n]) => `${name} ${n}`)
    .join(", ");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  const line = (row: string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function printReport(reports: TypeReport[]): string[] {
  const warnings: string[] = [];
  console.log(
    "\nVerdicts per response kind (one grading of every prepared response; mean/p99 from the per-call sample):",
  );
  for (const report of reports) {
    for (const kind of report.byKind) {
      console.log(
        `  ${report.type.padEnd(9)} ${kind.kind.padEnd(14)} ×${String(kind.count).padEnd(3)} expect ${tally(kind.expect).padEnd(24)} → got ${tally(kind.verdicts).padEnd(24)} [${tally(kind.feedback)}]  ${fmt(kind.meanMicros)} µs mean, ${fmt(kind.p99Micros)} µs p99`,
      );
      for (const line of kind.unexpected) warnings.push(`${report.type}/${kind.kind}: ${line}`);
    }
  }
  const header = [
    "type",
    "keys",
    "responses",
    "answers/s",
    "mean µs",
    "p50 µs",
    "p99 µs",
    "max µs",
    "sampled",
    "timed passes",
    "correct/partial/incorrect",
  ];
  const rows = reports.map((r) => [
    r.type,
    String(r.keys),
    String(r.responses),
    fmt(r.answersPerSecond, 0),
    fmt(r.meanMicros, 2),
    fmt(r.p50Micros, 2),
    fmt(r.p99Micros, 2),
    fmt(r.maxMicros, 0),
    fmt(r.samples, 0),
    r.sampleEvery === 1 ? "all" : `1 in ${r.sampleEvery}`,
    `${r.verdicts.correct ?? 0}/${r.verdicts.partial ?? 0}/${r.verdicts.incorrect ?? 0}`,
  ]);
  console.log(
    `\nSummary (${CONFIG.measureSeconds} s per type after ${CONFIG.warmupSeconds} s warm-up; answers/s and mean from whole-pass timing; percentiles from per-call timing of the passes shown):\n`,
  );
  console.log(table(header, rows));
  for (const warning of warnings) console.log(`WARNING unexpected verdict: ${warning}`);
  console.log(
    warnings.length === 0
      ? "\nAll prepared responses got their expected verdicts."
      : `\n${warnings.length} response(s) did not get their expected verdict.`,
  );
  return warnings;
}

function main(): void {
  const started = performance.now();
  const host = machine();
  console.log(`$ ${COMMAND}`);
  console.log(`${host.cpus} × ${host.cpu}, Node ${host.node}, load ${host.loadAverage.join(" ")}, ${host.commit}`);
  const deck = loadDeckKeys(ROOT, DECK_SLUG);
  console.log(
    `deck ${deck.slug}: ${deck.files} files, ${deck.keys.length} quiz items (${(performance.now() - started).toFixed(0)} ms to parse)`,
  );
  const reports = CONFIG.types.map((type) => {
    const responses = prepareResponses(deck.keys, type);
    const keys = new Set(responses.map((r) => r.itemId)).size;
    const report = benchType(type, responses, keys);
    console.log(
      `  ${type.padEnd(9)} ${fmt(report.answersPerSecond, 0).padStart(10)} answers/s  (${keys} keys × ${responses.length / keys} responses)`,
    );
    return report;
  });
  const warnings = printReport(reports);
  const totalSeconds = (performance.now() - started) / 1000;
  fs.mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  const json = {
    command: COMMAND,
    date: new Date().toISOString(),
    machine: host,
    config: { ...CONFIG, sampleEvery: SAMPLE_EVERY, slowCallMicros: SLOW_CALL_MICROS },
    deck: { slug: deck.slug, files: deck.files, quizItems: deck.keys.length },
    results: reports,
    warnings,
    totalSeconds,
    sink,
  };
  fs.writeFileSync(OUT_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`Total ${totalSeconds.toFixed(1)} s; figures written to ${path.relative(ROOT, OUT_FILE)}`);
}

main();
