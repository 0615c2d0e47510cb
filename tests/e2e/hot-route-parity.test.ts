// The review submit, the queue and a card's reveal have two servers that can answer them: the
// custom server itself (lib/server/hot, the default in production) and Next's route handlers (npm
// run dev, HOT_ROUTES=0). Both call the same functions; this runs the same requests against an
// instance of each and requires the same status, the same body and the same security headers, so
// neither can drift from the other.
import crypto from "node:crypto";
import http from "node:http";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppServer, type AppServer } from "../../bench/review/app-server";
import { createLearners, type Learner } from "../../bench/review/create-learners";

/** `cards`: three front cards to rate; `typed`: a typed-answer card; `keys`: every card id → a name the same on both instances. */
type Instance = { server: AppServer; learner: Learner; cards: string[]; typed: string; keys: Map<string, string> };
type Answer = { status: number; headers: http.IncomingHttpHeaders; body: unknown };
type Case = { name: string; status: number; send: (instance: Instance) => Promise<Answer> };

const HEADERS_THAT_MUST_MATCH = [
  "content-security-policy",
  "x-content-type-options",
  "referrer-policy",
  "x-frame-options",
  "permissions-policy",
  "cross-origin-opener-policy",
  "cache-control",
];

const instances: Record<"hot" | "next", Instance> = {} as never;
beforeAll(async () => {
  const start = async (env: Record<string, string>): Promise<Instance> => {
    const server = await startAppServer(process.cwd(), env);
    const [learner] = await createLearners(server.baseURL, 1);
    const db = new Database(server.databaseFile!, { readonly: true });
    const all = db
      .prepare(
        `SELECT c."id", i."key", c."kind", c."ordinal" FROM "Card" c JOIN "Item" i ON i."id" = c."itemId" JOIN "Deck" d ON d."id" = c."deckId" WHERE d."slug" = 'kubernetes-workloads' ORDER BY i."key", c."kind", c."ordinal"`,
      )
      .all() as { id: string; key: string; kind: string; ordinal: number }[];
    db.close();
    const cards = all
      .filter((c) => c.kind === "front")
      .slice(0, 3)
      .map((c) => c.id);
    return {
      server,
      learner,
      cards,
      typed: all.find((c) => c.kind === "typed")!.id,
      keys: new Map(all.map((c) => [c.id, `<card ${c.key}/${c.kind}/${c.ordinal}>`])),
    };
  };
  [instances.hot, instances.next] = await Promise.all([start({}), start({ HOT_ROUTES: "0" })]);
}, 240_000);
afterAll(async () => {
  for (const instance of Object.values(instances)) await instance.server.stop();
});

type Headers = Record<string, string | number | undefined>;

function send(
  instance: Instance,
  method: "GET" | "POST",
  path: string,
  body: string | Buffer | null,
  headers: Headers,
): Promise<Answer> {
  const length = body === null ? {} : { "content-type": "application/json", "content-length": Buffer.byteLength(body) };
  const sent = Object.fromEntries(
    Object.entries({ ...length, ...headers }).filter(([, v]) => v !== undefined),
  ) as Record<string, string | number>;
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(path, instance.server.baseURL),
      { method, headers: sent, agent: false },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: JSON.parse(text) }),
        );
      },
    );
    request.on("error", reject);
    request.end(body ?? undefined);
  });
}

const post = (instance: Instance, body: string | Buffer, headers: Headers) =>
  send(instance, "POST", "/api/v1/reviews", body, headers);
const queue = (instance: Instance, query: string, headers: Headers) =>
  send(instance, "GET", `/api/v1/decks/kubernetes-workloads/queue${query}`, null, headers);
const reveal = (instance: Instance, cardId: string, body: string, headers: Headers) =>
  send(instance, "POST", `/api/v1/cards/${encodeURIComponent(cardId)}/reveal`, body, headers);

const signedIn = (instance: Instance) => ({
  origin: instance.server.baseURL,
  cookie: instance.learner.cookie,
  "x-forwarded-for": instance.learner.ip,
});
// Ids and times are fixed when the test file loads, so that both instances get the same requests.
const AT = new Date().toISOString();
const review = (cardId: string, fields: { reviewId: string; rating?: number; expectedReps?: number }) => ({
  cardId,
  rating: 3,
  expectedReps: 0,
  reviewedAt: AT,
  durationMs: 900,
  ...fields,
});
const one = (instance: Instance, item: object) =>
  post(instance, JSON.stringify({ reviews: [item] }), signedIn(instance));

const ids = Object.fromEntries(
  ["refused", "first", "stale", "gone", "invalid", "good", "bad"].map((k) => [k, crypto.randomUUID()]),
);

const CASES: Case[] = [
  {
    name: "signed out",
    status: 401,
    send: (i) =>
      post(i, JSON.stringify({ reviews: [review(i.cards[0], { reviewId: ids.refused })] }), {
        origin: i.server.baseURL,
      }),
  },
  {
    name: "no Origin",
    status: 403,
    send: (i) =>
      post(i, JSON.stringify({ reviews: [review(i.cards[0], { reviewId: ids.refused })] }), {
        ...signedIn(i),
        origin: undefined,
      }),
  },
  {
    name: "a cross-site Origin",
    status: 403,
    send: (i) =>
      post(i, JSON.stringify({ reviews: [review(i.cards[0], { reviewId: ids.refused })] }), {
        ...signedIn(i),
        origin: "https://evil.example",
      }),
  },
  {
    name: "a forged session cookie",
    status: 401,
    send: (i) =>
      post(i, JSON.stringify({ reviews: [review(i.cards[0], { reviewId: ids.refused })] }), {
        ...signedIn(i),
        cookie: "next-auth.session-token=forged",
      }),
  },
  { name: "a body that is not JSON", status: 400, send: (i) => post(i, "{reviews:", signedIn(i)) },
  { name: "an empty body", status: 400, send: (i) => post(i, "", signedIn(i)) },
  // Refused on the declared length, before a byte of the body is read.
  {
    name: "a declared length over the limit",
    status: 413,
    send: (i) => post(i, "{}", { ...signedIn(i), "content-length": 1024 * 1024 + 1 }),
  },
  {
    name: "JSON nested past the limit",
    status: 400,
    send: (i) => post(i, "[".repeat(40) + "]".repeat(40), signedIn(i)),
  },
  { name: "no reviews", status: 400, send: (i) => post(i, JSON.stringify({ reviews: [] }), signedIn(i)) },
  { name: "a first rating", status: 200, send: (i) => one(i, review(i.cards[0], { reviewId: ids.first })) },
  { name: "the same rating again", status: 200, send: (i) => one(i, review(i.cards[0], { reviewId: ids.first })) },
  {
    name: "the same id with another rating",
    status: 422,
    send: (i) => one(i, review(i.cards[0], { reviewId: ids.first, rating: 1 })),
  },
  {
    name: "a rating against a stale state",
    status: 409,
    send: (i) => one(i, review(i.cards[0], { reviewId: ids.stale, expectedReps: 0 })),
  },
  {
    name: "a card that does not exist",
    status: 410,
    send: (i) => one(i, review("no-such-card", { reviewId: ids.gone })),
  },
  {
    name: "an invalid review",
    status: 400,
    send: (i) => one(i, { ...review(i.cards[1], { reviewId: ids.invalid }), rating: 7 }),
  },
  {
    name: "a batch with one good and one invalid review",
    status: 200,
    send: (i) =>
      post(
        i,
        JSON.stringify({
          reviews: [review(i.cards[1], { reviewId: ids.good }), { reviewId: ids.bad, cardId: i.cards[2] }],
        }),
        signedIn(i),
      ),
  },
  // GET /api/v1/decks/<slug>/queue
  { name: "queue: signed out", status: 401, send: (i) => queue(i, "", {}) },
  {
    name: "queue: a forged session cookie",
    status: 401,
    send: (i) => queue(i, "", { cookie: "next-auth.session-token=forged" }),
  },
  {
    name: "queue: a deck that does not exist",
    status: 404,
    send: (i) => send(i, "GET", "/api/v1/decks/no-such-deck/queue", null, signedIn(i)),
  },
  {
    name: "queue: a malformed deck slug",
    status: 404,
    send: (i) => send(i, "GET", "/api/v1/decks/%E3%81%82/queue", null, signedIn(i)),
  },
  { name: "queue: the next two cards, after the ratings above", status: 200, send: (i) => queue(i, "", signedIn(i)) },
  {
    name: "queue: excluding the cards already held, limit 4",
    status: 200,
    send: (i) => queue(i, `?limit=4&exclude=${i.cards.join(",")}`, signedIn(i)),
  },
  { name: "queue: a limit out of range is clamped", status: 200, send: (i) => queue(i, "?limit=500", signedIn(i)) },
  {
    name: "queue: in English (the locale cookie)",
    status: 200,
    send: (i) => queue(i, "", { ...signedIn(i), cookie: `${i.learner.cookie}; NEXT_LOCALE=en` }),
  },
  // POST /api/v1/cards/<cardId>/reveal
  { name: "reveal: signed out", status: 401, send: (i) => reveal(i, i.cards[2], "{}", { origin: i.server.baseURL }) },
  {
    name: "reveal: no Origin",
    status: 403,
    send: (i) => reveal(i, i.cards[2], "{}", { ...signedIn(i), origin: undefined }),
  },
  { name: "reveal: a body that is not JSON", status: 400, send: (i) => reveal(i, i.cards[2], "{answer", signedIn(i)) },
  { name: "reveal: an empty body", status: 400, send: (i) => reveal(i, i.cards[2], "", signedIn(i)) },
  {
    name: "reveal: an unknown mode",
    status: 400,
    send: (i) => reveal(i, i.cards[2], JSON.stringify({ mode: "exam" }), signedIn(i)),
  },
  {
    name: "reveal: a declared length over the limit",
    status: 413,
    send: (i) => reveal(i, i.cards[2], "{}", { ...signedIn(i), "content-length": 16 * 1024 + 1 }),
  },
  {
    name: "reveal: a card that does not exist",
    status: 404,
    send: (i) => reveal(i, "no-such-card", "{}", signedIn(i)),
  },
  { name: "reveal: a front card", status: 200, send: (i) => reveal(i, i.cards[2], "{}", signedIn(i)) },
  {
    name: "reveal: a typed answer, graded",
    status: 200,
    send: (i) => reveal(i, i.typed, JSON.stringify({ answer: "kubectl get pods" }), signedIn(i)),
  },
  {
    name: "reveal: a second answer gets the first one's grade",
    status: 200,
    send: (i) => reveal(i, i.typed, JSON.stringify({ answer: "something else" }), signedIn(i)),
  },
  {
    name: "reveal: cram grades every try",
    status: 200,
    send: (i) => reveal(i, i.typed, JSON.stringify({ answer: "something else", mode: "cram" }), signedIn(i)),
  },
];

/** What may differ between instances: their own card ids and the due times computed from their clocks. */
function comparable(body: unknown, instance: Instance): unknown {
  return JSON.parse(JSON.stringify(body), (key, value) => {
    if (key === "due") return "<due>";
    if (typeof value === "string" && instance.keys.has(value)) return instance.keys.get(value);
    return value;
  });
}

describe("the review submit, queue and reveal, answered by the custom server and by Next", () => {
  it("the default instance answers them before Next; the HOT_ROUTES=0 instance leaves them to Next", async () => {
    const served = async (instance: Instance) =>
      (
        (await (await fetch(`${instance.server.baseURL}/api/health`)).json()) as {
          server: { answeredBeforeNext: string[] };
        }
      ).server.answeredBeforeNext;
    expect(await served(instances.hot)).toEqual([
      "POST /api/v1/reviews",
      "GET /api/v1/decks/[slug]/queue",
      "POST /api/v1/cards/[cardId]/reveal",
    ]);
    expect(await served(instances.next)).toEqual([]);
  });

  for (const testCase of CASES) {
    it(`${testCase.name}: ${testCase.status} from both, with the same body and headers`, async () => {
      const hot = await testCase.send(instances.hot);
      const next = await testCase.send(instances.next);
      expect(hot.status).toBe(testCase.status);
      expect(next.status).toBe(testCase.status);
      expect(comparable(hot.body, instances.hot)).toEqual(comparable(next.body, instances.next));
      for (const name of HEADERS_THAT_MUST_MATCH) expect([name, hot.headers[name]]).toEqual([name, next.headers[name]]);
      expect(hot.headers["content-type"]).toMatch(/^application\/json/);
      expect(next.headers["content-type"]).toMatch(/^application\/json/);
    });
  }
});
