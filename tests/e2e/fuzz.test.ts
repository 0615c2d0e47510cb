// Hostile input to every endpoint the app exposes (issue 14): route handlers and server actions,
// discovered the same way as the authorization matrix, each sent a corpus of malformed bodies and
// paths as an anonymous client, a learner and an instructor. Any 5xx or a change of the serving
// process (a crash hidden by the supervisor's restart) fails the test. Fixed seed: replayable.
import fs from "node:fs";
import { describe, expect, inject, it } from "vitest";
import { discoverEndpoints } from "./support/discover-endpoints";
import { loadServerActions } from "./support/server-actions";
import { createAccount } from "./support/http-accounts";
import { createInstructor } from "./support/instructor";
import { HttpSession } from "./support/http-session";
import { seededRandom } from "./support/seeded-random";
import { uniqueEmail, STRONG_PASSWORD } from "./support/accounts";

const baseURL = inject("baseURL");
const admin = inject("admin");
const SEED = 142026;

const SEGMENTS = [
  "%25",
  "%",
  "%E0%A4%A",
  "%00",
  "..",
  "%2e%2e%2f%2e%2e",
  "a".repeat(1500),
  "%F0%9F%92%A9",
  "<script>",
  "kubernetes-workloads",
  "'%20OR%201=1--",
  "%uFFFF",
];

type Body = { name: string; type: string | null; body: string | Uint8Array | undefined };
function jsonBodies(random: () => number): Body[] {
  const json = (name: string, value: string): Body => ({ name, type: "application/json", body: value });
  const noise = Array.from({ length: 64 }, () => String.fromCharCode(Math.floor(random() * 0xffff))).join("");
  return [
    { name: "empty", type: "application/json", body: "" },
    json("null", "null"),
    json("array", "[]"),
    json("truncated", '{"a":'),
    json("deep array", "[".repeat(100_000)),
    json("deep object", '{"a":'.repeat(20_000) + "1" + "}".repeat(20_000)),
    json("proto", '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}}}'),
    json("nulls", '{"response":null,"cardId":null,"rating":null,"itemId":null,"clientReviewId":null,"answer":null}'),
    json(
      "wrong types",
      '{"response":{"a":[1,{"b":2}]},"cardId":{},"rating":"Good","clientReviewId":12,"expectedReps":"x","reviewedAt":"yesterday","durationMs":-1}',
    ),
    json("huge numbers", '{"rating":1e309,"expectedReps":-9007199254740993,"durationMs":1e400}'),
    json("long strings", JSON.stringify({ response: "x".repeat(200_000), cardId: "c".repeat(10_000) })),
    json("random unicode", JSON.stringify({ response: noise, cardId: noise })),
    {
      name: "invalid utf-8",
      type: "application/json",
      body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0xc3, 0x28, 0x7d]),
    },
    { name: "form garbage", type: "application/x-www-form-urlencoded", body: "a=%&b=%E0%A4%A&=&&==" },
    { name: "multipart no boundary", type: "multipart/form-data", body: "--x\r\n" },
    {
      name: "multipart unclosed",
      type: "multipart/form-data; boundary=x",
      body: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nfront,back\r\n',
    },
    { name: "wrong content type", type: "text/plain", body: "hello" },
    { name: "no content type", type: null, body: '{"x":1}' },
  ];
}

// Server action bodies as React would send them, and broken variants of the same protocol.
function actionBodies(): Body[] {
  const form = (fields: Record<string, string>): Body => {
    const data = new FormData();
    for (const [key, value] of Object.entries(fields)) data.append(key, value);
    return { name: `form ${Object.keys(fields).join(",")}`, type: null, body: data as unknown as undefined };
  };
  return [
    form({ "0": '[null,"$K1"]', _1_x: "y" }),
    form({ "0": '["$K1"]' }),
    form({ "0": "[" }),
    form({ "0": '[{"$":1},"$Q99","$@5","$T"]' }),
    form({ "0": "[null,null,null,null,null,null]" }),
    form({
      "0": '["$K1"]',
      _1_deckSlug: "%",
      _1_userId: "x".repeat(5000),
      _1_role: "god",
      _1_answers: "{".repeat(5000),
    }),
    form({ "0": '"just a string"' }),
    form({ "0": JSON.stringify([{ a: { b: { c: { d: { e: [1, 2, 3] } } } } }]) }),
    { name: "text body", type: "text/plain;charset=UTF-8", body: '["$K1"' },
    { name: "json body", type: "application/json", body: "[" + "[".repeat(50_000) },
    {
      name: "multipart unclosed",
      type: "multipart/form-data; boundary=x",
      body: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
    },
    { name: "empty", type: "text/plain", body: "" },
  ];
}

type Outcome = { endpoint: string; variant: string; status: number };

async function send(
  session: HttpSession,
  path: string,
  method: string,
  body: Body,
  extraHeaders: Record<string, string> = {},
): Promise<number> {
  const headers: Record<string, string> = { origin: baseURL, ...extraHeaders };
  if (body.type) headers["content-type"] = body.type;
  const hasBody = method !== "GET" && method !== "HEAD" && body.body !== undefined;
  try {
    const response = await session.fetch(path, {
      method,
      headers,
      body: hasBody ? (body.body as BodyInit) : undefined,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return -1; // connection reset: the server died or refused to answer
  }
}

async function serverPid(): Promise<number> {
  const response = await fetch(`${baseURL}/api/health`);
  return ((await response.json()) as { server: { pid: number } }).server.pid;
}

describe("fuzzing every route handler and server action", () => {
  it("answers hostile bodies and paths with 4xx (never 5xx), and the server never dies", async () => {
    const random = seededRandom(SEED);
    const pid = await serverPid();
    const learner = await createAccount(baseURL, uniqueEmail("fuzz"), STRONG_PASSWORD, "198.18.77.1");
    const instructor = (await createInstructor(baseURL, admin)).session;
    const sessions: [string, HttpSession][] = [
      ["anonymous", new HttpSession(baseURL, "198.18.77.2")],
      ["learner", learner],
      ["instructor", instructor],
    ];
    const endpoints = discoverEndpoints();
    const outcomes: Outcome[] = [];
    const bodies = jsonBodies(random);

    for (const endpoint of endpoints.filter((e) => !e.startsWith("action "))) {
      const [method, route] = endpoint.split(" ");
      const dynamic = /\[(\.\.\.)?[^\]]+\]/g;
      const paths = route.match(dynamic) ? SEGMENTS.map((segment) => route.replace(dynamic, segment)) : [route];
      for (const [who, session] of sessions) {
        for (const path of paths) {
          const variants = method === "GET" ? [{ name: "query", type: null, body: undefined } as Body] : bodies;
          for (const body of variants) {
            const query =
              method === "GET" ? `?format=${SEGMENTS[Math.floor(random() * SEGMENTS.length)]}&source=%&commit=%` : "";
            outcomes.push({
              endpoint: `${endpoint} as ${who} at ${path.slice(0, 60)}`,
              variant: body.name,
              status: await send(session, path + query, method, body),
            });
          }
        }
      }
    }

    // Server actions last, and the ones that end sessions at the very end, so every other action
    // is fuzzed with a live session.
    const actions = loadServerActions().sort(
      (a, b) => Number(a.file.endsWith("account.ts")) - Number(b.file.endsWith("account.ts")),
    );
    for (const action of actions) {
      for (const [who, session] of sessions) {
        for (const body of actionBodies()) {
          const status = await send(session, action.page, "POST", body, {
            "next-action": action.id,
            accept: "text/x-component",
          });
          outcomes.push({ endpoint: `action ${action.file}#${action.name} as ${who}`, variant: body.name, status });
        }
      }
    }
    const unknownAction = await send(learner, "/", "POST", actionBodies()[0], {
      "next-action": "0".repeat(42),
      accept: "text/x-component",
    });
    outcomes.push({ endpoint: "action <unknown id>", variant: "form", status: unknownAction });

    const failures = outcomes.filter((o) => o.status >= 500 || o.status === -1);
    const endpointsFuzzed = new Set(outcomes.map((o) => o.endpoint.split(" as ")[0])).size;
    console.log(
      `fuzz (seed ${SEED}): ${endpointsFuzzed} endpoints, ${outcomes.length} requests, ${failures.length} answered 5xx or dropped; statuses ${JSON.stringify(countBy(outcomes.map((o) => o.status)))}`,
    );
    fs.mkdirSync("tests/.tmp", { recursive: true });
    fs.writeFileSync("tests/.tmp/fuzz-failures.json", JSON.stringify(failures, null, 1));
    const failing = countByKey(failures.map((f) => `${f.endpoint.replace(/ as \w+/, "")} [${f.variant}]`));
    expect(Object.keys(failing).slice(0, 40), JSON.stringify(failing, null, 1).slice(0, 6000)).toEqual([]);
    expect(await serverPid(), "the server process was replaced: it crashed during the fuzz run").toBe(pid);
  }, 600_000);
});

function countByKey(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function countBy(values: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
