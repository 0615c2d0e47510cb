// The printed summary of a benchmark run.
import type { LoadResult } from "./http-review-load";
import type { QueueResult } from "./queue-bench";
import type { RawResult } from "./raw-sqlite-ceiling";
import type { RawPostgresResult } from "./raw-postgres-ceiling";
import type { RecordResult } from "./record-in-process";
import { round, type Summary } from "./stats";

export type BenchReport = {
  command: string;
  startedAt: string;
  machine: { cpus: number; node: string; filesystem: string; commit: string };
  load: { before: string; after: string };
  setup: { serverStartMs: number; learners: number; signUpMs: number; deckCards: number };
  http: LoadResult & {
    serverCpuShare: number;
    databaseCpuShare?: number;
    clientCpuShare: number;
    peakRssMb: number;
    peakRssMbAll: number;
    rssTimeline: { atS: number; rssMb: number }[];
    reviewLogRows: number;
    recordedResponses: number;
  };
  raw: RawResult[];
  record: RecordResult;
  /** HTTP reviews/s ÷ raw one-transaction-per-review writes/s (synchronous=FULL). */
  shareOfCeiling: number;
  queue: QueueResult;
  postgres?: { setup: BenchReport["setup"]; http: BenchReport["http"]; raw: RawPostgresResult };
};

/** Quoted from the issue (measured by the developers on this kind of machine), not measured by this run. */
const PEER_ON_POSTGRES =
  "144–172 requests/s, p99 ≈ 500 ms (closest open-source peer, Next.js + ts-fsrs on PostgreSQL; quoted, not measured here)";

const ms = (value: number) => `${round(value, 2)} ms`;
const row = (label: string, value: string) => `  ${label.padEnd(58)} ${value}`;
const spread = (s: Summary) => `median ${ms(s.p50)}  p95 ${ms(s.p95)}  max ${ms(s.max)}`;

/** The rows of one HTTP load run, the same for either database. */
function httpRows(h: BenchReport["http"]): string[] {
  return [
    row(
      "measured window / requests (warm-up requests)",
      `${round(h.seconds, 1)} s / ${h.requests} (${h.warmupRequests})`,
    ),
    row("throughput", `${round(h.requestsPerSecond, 1)} requests/s`),
    row(
      "latency p50 / p90 / p99 / max",
      `${ms(h.latencyMs.p50)} / ${ms(h.latencyMs.p90)} / ${ms(h.latencyMs.p99)} / ${ms(h.latencyMs.max)}`,
    ),
    row("network errors / non-200 answers", `${h.errors} / ${h.non200}`),
    row("HTTP status counts", JSON.stringify(h.httpStatus)),
    row("outcome counts", JSON.stringify(h.outcomes)),
    row("ReviewLog rows in the DB / 'recorded' answers (incl. warm-up)", `${h.reviewLogRows} / ${h.recordedResponses}`),
    row("server CPU during the window (1.0 = one core)", `${round(h.serverCpuShare, 2)}`),
    row("benchmark client CPU during the window", `${round(h.clientCpuShare, 2)}`),
    row("server peak RSS, measured window / whole run", `${round(h.peakRssMb, 1)} MB / ${round(h.peakRssMbAll, 1)} MB`),
    row(
      "server RSS first / last sample (s: MB)",
      `${h.rssTimeline
        .slice(0, 1)
        .concat(h.rssTimeline.slice(-1))
        .map((x) => `${x.atS}: ${x.rssMb}`)
        .join(" → ")}`,
    ),
    row(
      "HTTP server CPU per request (server CPU ÷ requests/s)",
      `${round((h.serverCpuShare / h.requestsPerSecond) * 1000, 2)} ms`,
    ),
    ...(h.databaseCpuShare === undefined
      ? []
      : [
          row("PostgreSQL CPU during the window (postmaster + children)", `${round(h.databaseCpuShare, 2)}`),
          row("PostgreSQL CPU per request", `${round((h.databaseCpuShare / h.requestsPerSecond) * 1000, 2)} ms`),
        ]),
  ];
}

function postgresRows(p: NonNullable<BenchReport["postgres"]>, sqlite: BenchReport["http"]): string[] {
  return [
    `── PostgreSQL (throwaway local cluster, fsync on): the same load, POST /api/v1/reviews ──`,
    row(
      "server start (scripts/start.mjs → /api/health), sign-up of learners",
      `${ms(p.setup.serverStartMs)}, ${ms(p.setup.signUpMs)}`,
    ),
    ...httpRows(p.http),
    row(p.raw.label, `${round(p.raw.txPerSecond, 0)} tx/s (${p.raw.transactions} in ${round(p.raw.seconds, 1)} s)`),
    row(
      "HTTP path vs raw PostgreSQL ceiling",
      `HTTP path is ${round(p.raw.txPerSecond / p.http.requestsPerSecond, 1)}× below it`,
    ),
    row(
      "side by side: SQLite / PostgreSQL requests/s",
      `${round(sqlite.requestsPerSecond, 1)} / ${round(p.http.requestsPerSecond, 1)}`,
    ),
    row(
      "side by side: SQLite / PostgreSQL p50, p99",
      `${ms(sqlite.latencyMs.p50)}, ${ms(sqlite.latencyMs.p99)} / ${ms(p.http.latencyMs.p50)}, ${ms(p.http.latencyMs.p99)}`,
    ),
    row("for comparison", PEER_ON_POSTGRES),
  ];
}

export function printReport(r: BenchReport): void {
  const h = r.http;
  const lines = [
    "",
    "══ KubeDrill review benchmark ═══════════════════════════════════════════════",
    row(
      "machine",
      `${r.machine.cpus} cores, node ${r.machine.node}, data on ${r.machine.filesystem}, ${r.machine.commit}`,
    ),
    row("load before", r.load.before),
    row("load after", r.load.after),
    row("server start (scripts/start.mjs → /api/health)", ms(r.setup.serverStartMs)),
    row(`sign-up + sign-in of ${r.setup.learners} learners (4 at a time)`, ms(r.setup.signUpMs)),
    "── POST /api/v1/reviews, one review per request ──",
    row("learners (concurrent loops) / deck cards", `${r.setup.learners} / ${r.setup.deckCards}`),
    ...httpRows(h),
    "── raw better-sqlite3, same rows, one transaction per review ──",
    ...r.raw.map((x) =>
      row(x.label, `${round(x.txPerSecond, 0)} tx/s (${x.transactions} in ${round(x.seconds, 1)} s)`),
    ),
    row(
      "recordReview in process (the app's SQLite writer, no HTTP), 1 at a time",
      `${round(r.record.reviewsPerSecond, 0)} reviews/s, ${round(r.record.cpuMsPerReview, 2)} ms CPU each`,
    ),
    row(
      "  SQL statements prepared per recorded review (after warm-up)",
      `${r.record.statementsPerReview} (prepared once per connection; the session-user read too)`,
    ),
    row(
      "HTTP path ÷ raw ceiling (synchronous=FULL, 1 review per tx)",
      `${round(r.shareOfCeiling, 2)} (group commit lets it pass 1.0)`,
    ),
    `── queue for one learner: ${r.queue.runs} runs each (10,000 cards, 8,000 states, 100,000 logs; seeded in ${round(r.queue.seedMs / 1000, 1)} s) ──`,
    row(
      "queue counts (new / learning / review)",
      `${r.queue.counts.new} / ${r.queue.counts.learning} / ${r.queue.counts.review}`,
    ),
    row("loadQueue (today's candidates in pages + build)", spread(r.queue.loadQueueMs)),
    row("getReviewQueue (deck + settings + loadQueue + 2 card views)", spread(r.queue.getReviewQueueMs)),
    row("  beside: the queue from the whole deck (offline pack's reads)", spread(r.queue.wholeDeckMs)),
    row("  beside: its pure part (mapping + buildReviewQueue)", spread(r.queue.wholeDeckPureMs)),
    ...(r.postgres ? postgresRows(r.postgres, h) : []),
    "",
    `command: ${r.command}`,
  ];
  console.log(lines.join("\n"));
}
