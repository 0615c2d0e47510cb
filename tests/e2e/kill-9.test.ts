// Issue 15, must-show 4 (and issue 16's, with group commit): the serving process is killed with SIGKILL 20 times while 50 learners keep
// submitting reviews. Every review whose answer said "recorded" must be in the log, nothing may be
// in the log that was never sent, every card's reps must equal its log count, and the SQLite file
// must pass integrity_check. PostgreSQL: two instances on one database, killed in turn, learners
// retrying on the other instance; SQLite: one instance, learners retrying until it is back.
import crypto from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../bench/review/app-server";
import { createLearners, type Learner } from "../../bench/review/create-learners";
import { createDatabaseClient } from "../../lib/server/db/create-database-client";
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from "../../scripts/lib/throwaway-postgres";
import { seededRandom } from "./support/seeded-random";

const LEARNERS = 50;
const KILLS = 20;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// inFlight: reviews sent and not yet answered; at each kill, how many (on SQLite they are a group
// commit in the making: the group transaction open, or waiting for its turn).
type Tally = {
  sent: Set<string>;
  acknowledged: Set<string>;
  retries: number;
  unexpected: string[];
  inFlight: Set<string>;
  inFlightAtKills: number[];
};
type Reply = { status: string; reps?: number } | null; // null: no answer (connection refused or cut, 5xx)

const stopAfterAll: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const stop of stopAfterAll.reverse()) await stop();
});

function postReview(instance: AppServer, learner: Learner, review: object): Promise<Reply> {
  const body = JSON.stringify({ reviews: [review] });
  const url = new URL("/api/v1/reviews", instance.baseURL);
  const headers = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    origin: instance.baseURL,
    cookie: learner.cookie,
    "x-forwarded-for": learner.ip,
  };
  return new Promise((resolve) => {
    const request = http.request(url, { method: "POST", headers, agent: false }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => {
        if ((response.statusCode ?? 500) >= 500) return resolve(null);
        try {
          resolve((JSON.parse(text) as { results: { status: string; reps?: number }[] }).results[0]);
        } catch {
          resolve({ status: `unparsable ${response.statusCode}` });
        }
      });
      response.on("error", () => resolve(null));
    });
    request.on("error", () => resolve(null));
    request.end(body);
  });
}

/** One learner rating card after card; a review that gets no answer is sent again, same id, to the next instance. */
async function keepReviewing(
  instances: AppServer[],
  learner: Learner,
  index: number,
  cardIds: string[],
  stop: () => boolean,
  tally: Tally,
) {
  const reps = new Map<string, number>();
  for (let i = index * 7; !stop(); i++) {
    const cardId = cardIds[i % cardIds.length];
    const review = {
      reviewId: crypto.randomUUID(),
      cardId,
      rating: 3,
      expectedReps: reps.get(cardId) ?? 0,
      reviewedAt: new Date().toISOString(),
      durationMs: 1500,
    };
    tally.sent.add(review.reviewId);
    for (let attempt = 0; ; attempt++) {
      if (attempt > 600) throw new Error(`review ${review.reviewId} got no answer in 600 attempts`);
      tally.inFlight.add(review.reviewId);
      const reply = await postReview(instances[(index + attempt) % instances.length], learner, review);
      tally.inFlight.delete(review.reviewId);
      if (reply === null) {
        tally.retries += 1;
        await sleep(100);
        continue;
      }
      if (reply.status === "recorded" || reply.status === "duplicate") {
        tally.acknowledged.add(review.reviewId);
        reps.set(cardId, reply.reps!);
      } else {
        tally.unexpected.push(`${reply.status} for ${review.reviewId}`);
      }
      break;
    }
  }
}

async function servingPid(instance: AppServer): Promise<number> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    try {
      const response = await fetch(`${instance.baseURL}/api/health`);
      if (response.ok) return ((await response.json()) as { server: { pid: number } }).server.pid;
    } catch {
      // restarting
    }
    await sleep(100);
  }
  throw new Error(`${instance.baseURL} did not come back within 60 s:\n${instance.log()}`);
}

/** Kills the serving process of each instance in turn, each time 0.3–0.8 s after it is serving again. */
async function killRepeatedly(instances: AppServer[], kills: number, tally: Tally): Promise<number[]> {
  const random = seededRandom(9);
  const killed: number[] = [];
  for (let k = 0; k < kills; k++) {
    const instance = instances[k % instances.length];
    const pid = await servingPid(instance);
    await sleep(300 + random() * 500);
    tally.inFlightAtKills.push(tally.inFlight.size);
    process.kill(pid, "SIGKILL");
    killed.push(pid);
  }
  return killed;
}

/** The whole run on one database: load, kills, then what the database holds. */
async function killDuringLoad(instances: AppServer[], databaseUrl: string) {
  const learners = await createLearners(instances[0].baseURL, LEARNERS);
  const db = createDatabaseClient(databaseUrl);
  try {
    const deck = await db.deck.findUniqueOrThrow({ where: { slug: "kubernetes-workloads" }, select: { id: true } });
    const cardIds = (
      await db.card.findMany({
        where: { deckId: deck.id, retiredAt: null },
        select: { id: true },
        orderBy: { position: "asc" },
      })
    ).map((c) => c.id);
    const tally: Tally = {
      sent: new Set(),
      acknowledged: new Set(),
      retries: 0,
      unexpected: [],
      inFlight: new Set(),
      inFlightAtKills: [],
    };
    let stopped = false;
    const load = Promise.all(
      learners.map((learner, i) => keepReviewing(instances, learner, i, cardIds, () => stopped, tally)),
    );
    const killed = await killRepeatedly(instances, KILLS, tally);
    await Promise.all(instances.map(servingPid));
    await sleep(500);
    stopped = true;
    await load;

    const logs = await db.reviewLog.findMany({ select: { id: true, userId: true, cardId: true, undoneAt: true } });
    const states = await db.cardState.findMany({ select: { userId: true, cardId: true, reps: true } });
    const logIds = new Set(logs.map((l) => l.id));
    const liveLogs = new Map<string, number>();
    for (const log of logs)
      if (!log.undoneAt)
        liveLogs.set(`${log.userId} ${log.cardId}`, (liveLogs.get(`${log.userId} ${log.cardId}`) ?? 0) + 1);
    return {
      killed,
      tally,
      lostAcknowledged: [...tally.acknowledged].filter((id) => !logIds.has(id)),
      neverSent: logs.filter((l) => !tally.sent.has(l.id)).map((l) => l.id),
      repsNotLogCount: states.filter((s) => s.reps !== (liveLogs.get(`${s.userId} ${s.cardId}`) ?? 0)),
      logRows: logs.length,
    };
  } finally {
    await db.$disconnect();
  }
}

function expectNothingLost(result: Awaited<ReturnType<typeof killDuringLoad>>, label: string) {
  const { killed, tally } = result;
  console.info(
    `${label}: ${killed.length} kills (${new Set(killed).size} distinct server pids), ${tally.sent.size} reviews sent, ${tally.acknowledged.size} acknowledged, ` +
      `${tally.retries} resends after no answer, ${result.logRows} log rows, ${result.lostAcknowledged.length} acknowledged but missing; ` +
      `reviews in flight at each kill: ${tally.inFlightAtKills.join(" ")}`,
  );
  expect(new Set(killed).size).toBe(KILLS); // every kill hit a fresh server process
  expect(tally.acknowledged.size).toBeGreaterThan(LEARNERS); // the load really ran
  expect(tally.retries).toBeGreaterThan(0); // and the kills really cut requests
  // Most kills land with many ratings in flight, several of them together in a group commit.
  expect(tally.inFlightAtKills.filter((n) => n >= 2).length).toBeGreaterThan(KILLS / 2);
  expect(tally.unexpected).toEqual([]);
  expect(result.lostAcknowledged).toEqual([]);
  expect(result.neverSent).toEqual([]);
  expect(result.repsNotLogCount).toEqual([]);
}

// The two databases' runs are independent (own instances, own data): they run at the same time.
describe.concurrent("kill -9 while 50 learners review", () => {
  it("PostgreSQL, two instances killed in turn: every acknowledged review is in the log, reps match the log", async () => {
    const postgres: ThrowawayPostgres = await startThrowawayPostgres();
    stopAfterAll.push(() => postgres.stop());
    const databaseUrl = await createDatabase(postgres.url, "kill9");
    const instances = await Promise.all([
      startAppServer(process.cwd(), { DATABASE_URL: databaseUrl }),
      startAppServer(process.cwd(), { DATABASE_URL: databaseUrl }),
    ]);
    stopAfterAll.push(...instances.map((instance) => () => instance.stop()));
    expectNothingLost(await killDuringLoad(instances, databaseUrl), "PostgreSQL, 2 instances");
  }, 240_000);

  it("SQLite, one instance: every acknowledged review is in the log, reps match the log, integrity_check is ok", async () => {
    const instance = await startAppServer(process.cwd());
    stopAfterAll.push(() => instance.stop());
    // Ratings go through the custom server's own endpoint and its group commit.
    const health = (await (await fetch(`${instance.baseURL}/api/health`)).json()) as {
      server: { answeredBeforeNext: string[] };
    };
    expect(health.server.answeredBeforeNext).toContain("POST /api/v1/reviews");
    expectNothingLost(await killDuringLoad([instance], instance.databaseUrl), "SQLite, 1 instance");
    // Checked while the last server process runs (stop() removes the data folder): a read
    // transaction sees the database as committed, whatever the 20 killed processes left behind.
    const file = new Database(instance.databaseFile!, { readonly: true });
    try {
      expect(file.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      file.close();
    }
  }, 240_000);
});
