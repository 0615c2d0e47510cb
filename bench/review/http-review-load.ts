// The HTTP load: every learner is one loop posting one review at a time to /api/v1/reviews over its
// own keep-alive connection, cycling through the deck and sending the reps the server last answered.
import http from "node:http";
import { randomUUID } from "node:crypto";
import type { Learner } from "./create-learners";
import { sendRequest, type Reply } from "./send-request";
import { nowMs, seededRandom, summarise, type Summary } from "./stats";

export type LoadOptions = {
  baseURL: string;
  learners: Learner[];
  cardIds: string[];
  warmupMs: number;
  measureMs: number;
};
export type LoadResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Summary;
  errors: number;
  non200: number;
  httpStatus: Record<string, number>;
  outcomes: Record<string, number>;
  warmupRequests: number;
  warmupOutcomes: Record<string, number>;
  /** Wall-clock (Date.now) bounds of the measured window, for matching process samples. */
  window: { fromMs: number; toMs: number };
};

type Tally = {
  latencies: number[];
  httpStatus: Record<string, number>;
  outcomes: Record<string, number>;
  warmupOutcomes: Record<string, number>;
  errors: number;
  warmup: number;
  lastEnd: number;
};

// Mostly Good, as a learner who knows the material would answer.
function pickRating(random: () => number): 1 | 2 | 3 | 4 {
  const r = random();
  return r < 0.05 ? 1 : r < 0.1 ? 2 : r < 0.95 ? 3 : 4;
}

const bump = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

type Outcome = { status?: string; reps?: number; code?: string };

function outcomeOf(reply: Reply | null): Outcome {
  try {
    return reply ? ((JSON.parse(reply.text) as { results?: Outcome[] }).results?.[0] ?? {}) : {};
  } catch {
    return {}; // not JSON (an error page): counted by its HTTP status
  }
}

async function learnerLoop(
  options: LoadOptions,
  agent: http.Agent,
  learner: Learner,
  index: number,
  bounds: { measureFrom: number; stopAt: number },
  tally: Tally,
) {
  const url = new URL("/api/v1/reviews", options.baseURL);
  const headers = {
    "content-type": "application/json",
    origin: options.baseURL,
    cookie: learner.cookie,
    "x-forwarded-for": learner.ip,
  };
  const random = seededRandom(index + 1);
  const reps = new Map<string, number>();
  const skipped = new Set<string>();
  for (let i = index * 7; nowMs() < bounds.stopAt && skipped.size < options.cardIds.length; i += 1) {
    const cardId = options.cardIds[i % options.cardIds.length];
    if (skipped.has(cardId)) continue;
    const review = {
      reviewId: randomUUID(),
      cardId,
      rating: pickRating(random),
      expectedReps: reps.get(cardId) ?? 0,
      reviewedAt: new Date().toISOString(),
      durationMs: 1000 + Math.floor(random() * 9000),
    };
    const start = nowMs();
    let reply: Reply | null = null;
    try {
      reply = await sendRequest(agent, url, "POST", headers, JSON.stringify({ reviews: [review] }));
    } catch {
      // counted below as an error
    }
    const end = nowMs();
    const outcome = outcomeOf(reply);
    if (typeof outcome.reps === "number") reps.set(cardId, outcome.reps);
    if (outcome.status === "gone" || outcome.code === "suspended") skipped.add(cardId);
    const label = outcome.status ? `${outcome.status}${outcome.code ? `:${outcome.code}` : ""}` : "none";
    if (start < bounds.measureFrom) {
      tally.warmup += 1;
      bump(tally.warmupOutcomes, label);
      continue;
    }
    tally.latencies.push(end - start);
    tally.lastEnd = Math.max(tally.lastEnd, end);
    if (!reply) tally.errors += 1;
    else bump(tally.httpStatus, String(reply.status));
    bump(tally.outcomes, label);
  }
}

/** Runs the warm-up and the measured window; latencies only count requests started in the window. */
export async function runReviewLoad(options: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.learners.length + 4 });
  const tally: Tally = {
    latencies: [],
    httpStatus: {},
    outcomes: {},
    warmupOutcomes: {},
    errors: 0,
    warmup: 0,
    lastEnd: 0,
  };
  const measureFrom = nowMs() + options.warmupMs;
  const bounds = { measureFrom, stopAt: measureFrom + options.measureMs };
  const wallFrom = Date.now() + options.warmupMs;
  await Promise.all(
    options.learners.map((learner, index) => learnerLoop(options, agent, learner, index, bounds, tally)),
  );
  agent.destroy();
  const seconds = (tally.lastEnd - measureFrom) / 1000;
  const non200 = Object.entries(tally.httpStatus).reduce((sum, [status, n]) => sum + (status === "200" ? 0 : n), 0);
  return {
    requests: tally.latencies.length,
    seconds,
    requestsPerSecond: tally.latencies.length / seconds,
    latencyMs: summarise(tally.latencies),
    errors: tally.errors,
    non200,
    httpStatus: tally.httpStatus,
    outcomes: tally.outcomes,
    warmupRequests: tally.warmup,
    warmupOutcomes: tally.warmupOutcomes,
    window: { fromMs: wallFrom, toMs: wallFrom + seconds * 1000 },
  };
}
