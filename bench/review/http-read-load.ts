// The read-path load: every learner is one loop that asks for its queue (GET
// /api/v1/decks/<slug>/queue, as the review screen does, excluding the cards it already went
// through) and then reveals the first card it got (POST /api/v1/cards/<id>/reveal, no answer), one
// request at a time over its own keep-alive connection. Nothing is rated, so the schedule stays put
// and the loop walks forward through the deck's new cards by its exclude list.
import http from "node:http";
import type { Learner } from "./create-learners";
import { sendRequest, type Reply } from "./send-request";
import { nowMs, summarise, type Summary } from "./stats";

export type ReadLoadOptions = {
  baseURL: string;
  learners: Learner[];
  deckSlug: string;
  warmupMs: number;
  measureMs: number;
};
type Kind = "queue" | "reveal";
export type ReadLoadResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: Summary;
  byKind: Record<Kind, Summary>;
  errors: number;
  non200: number;
  httpStatus: Record<string, number>;
  warmupRequests: number;
  window: { fromMs: number; toMs: number };
};

type Tally = {
  latencies: number[];
  byKind: Record<Kind, number[]>;
  httpStatus: Record<string, number>;
  errors: number;
  warmup: number;
  lastEnd: number;
};

// The review screen sends at most 50 ids it already holds (app/api/v1/decks/[slug]/queue/route.ts).
const EXCLUDE_MAX = 20;

const firstCardId = (reply: Reply | null): string | null => {
  try {
    return reply?.status === 200
      ? ((JSON.parse(reply.text) as { cards: { cardId: string }[] }).cards[0]?.cardId ?? null)
      : null;
  } catch {
    return null;
  }
};

async function timedSend(
  tally: Tally,
  bounds: { measureFrom: number },
  kind: Kind,
  send: () => Promise<Reply>,
): Promise<Reply | null> {
  const start = nowMs();
  let reply: Reply | null = null;
  try {
    reply = await send();
  } catch {
    // counted below as an error
  }
  const end = nowMs();
  if (start < bounds.measureFrom) {
    tally.warmup += 1;
    return reply;
  }
  tally.latencies.push(end - start);
  tally.byKind[kind].push(end - start);
  tally.lastEnd = Math.max(tally.lastEnd, end);
  if (!reply) tally.errors += 1;
  else tally.httpStatus[reply.status] = (tally.httpStatus[reply.status] ?? 0) + 1;
  return reply;
}

async function learnerLoop(
  options: ReadLoadOptions,
  agent: http.Agent,
  learner: Learner,
  bounds: { measureFrom: number; stopAt: number },
  tally: Tally,
) {
  const headers = { origin: options.baseURL, cookie: learner.cookie, "x-forwarded-for": learner.ip };
  const seen: string[] = [];
  while (nowMs() < bounds.stopAt) {
    const query = new URLSearchParams({ exclude: seen.join(","), limit: "2" });
    const queueUrl = new URL(`/api/v1/decks/${encodeURIComponent(options.deckSlug)}/queue?${query}`, options.baseURL);
    const cardId = firstCardId(
      await timedSend(tally, bounds, "queue", () => sendRequest(agent, queueUrl, "GET", headers)),
    );
    if (!cardId) {
      seen.length = 0; // the deck ran out (or an error): start over from the top
      continue;
    }
    const revealUrl = new URL(`/api/v1/cards/${encodeURIComponent(cardId)}/reveal`, options.baseURL);
    await timedSend(tally, bounds, "reveal", () => sendRequest(agent, revealUrl, "POST", headers, "{}"));
    seen.push(cardId);
    if (seen.length > EXCLUDE_MAX) seen.length = 0;
  }
}

/** Runs the warm-up and the measured window; latencies only count requests started in the window. */
export async function runReadLoad(options: ReadLoadOptions): Promise<ReadLoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.learners.length + 4 });
  const tally: Tally = {
    latencies: [],
    byKind: { queue: [], reveal: [] },
    httpStatus: {},
    errors: 0,
    warmup: 0,
    lastEnd: 0,
  };
  const measureFrom = nowMs() + options.warmupMs;
  const bounds = { measureFrom, stopAt: measureFrom + options.measureMs };
  const wallFrom = Date.now() + options.warmupMs;
  await Promise.all(options.learners.map((learner) => learnerLoop(options, agent, learner, bounds, tally)));
  agent.destroy();
  const seconds = (tally.lastEnd - measureFrom) / 1000;
  const non200 = Object.entries(tally.httpStatus).reduce((sum, [status, n]) => sum + (status === "200" ? 0 : n), 0);
  return {
    requests: tally.latencies.length,
    seconds,
    requestsPerSecond: tally.latencies.length / seconds,
    latencyMs: summarise(tally.latencies),
    byKind: { queue: summarise(tally.byKind.queue), reveal: summarise(tally.byKind.reveal) },
    errors: tally.errors,
    non200,
    httpStatus: tally.httpStatus,
    warmupRequests: tally.warmup,
    window: { fromMs: wallFrom, toMs: wallFrom + seconds * 1000 },
  };
}
