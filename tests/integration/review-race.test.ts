// Two app processes on one SQLite file, each with its own client and its own in-process queue, so
// nothing but the database can keep their writes apart. For 1,000 (learner, card) pairs one process
// rates Good and the other Again against the same state at the same moment: exactly one is recorded,
// the other is a stale-state conflict. For 200 more, both send the very same review (same id):
// one recorded, one duplicate. Afterwards every card's reps is its log count and its state the one
// its latest log entry produced.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import readline from "node:readline";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview, type ReviewOutcome } from "@/lib/server/reviews/record-review";
import type { Actor } from "@/lib/server/auth/current-user";
import type { SubmitReviewInput } from "@/lib/schemas/submit-review";

const NOW = new Date("2026-03-01T01:00:00Z");
const LEARNERS = 20;
const RACED_CARDS = 50; // × 20 learners = 1,000 races
const SAME_ID_CARDS = 10; // × 20 learners = 200 identical retries

type Worker = { child: ChildProcess; lines: AsyncIterator<string> };

function startWorker(): Worker {
  const child = spawn("npx", ["tsx", "--conditions=react-server", "tests/support/review-race-worker.ts"], {
    env: { ...process.env },
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = readline.createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return { child, lines };
}

async function nextLine(worker: Worker): Promise<string> {
  const { value, done } = await worker.lines.next();
  if (done) throw new Error("the worker exited early");
  return value;
}

const review = (
  cardId: string,
  rating: 1 | 3,
  expectedReps = 0,
  reviewId = crypto.randomUUID(),
): SubmitReviewInput => ({
  reviewId,
  cardId,
  rating,
  expectedReps,
  reviewedAt: NOW.toISOString(),
  durationMs: 3000,
});
// Half the raced cards are new (the race is on creating their state), half already reviewed once
// (the race is on moving it: the compare-and-set on reps).
const reviewedBefore = (index: number) => index % 2 === 1;

let actors: Actor[] = [];
let cards: string[] = [];

beforeAll(async () => {
  await syncContentDecks();
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: "kubernetes-workloads" }, select: { id: true } });
  cards = (
    await db.card.findMany({
      where: { deckId: deck.id, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    })
  ).map((c) => c.id);
  expect(cards.length).toBeGreaterThanOrEqual(RACED_CARDS + SAME_ID_CARDS);
  actors = await Promise.all(
    Array.from({ length: LEARNERS }, async (_, i) => {
      const user = await db.user.create({ data: { email: `race-${i}-${crypto.randomUUID()}@example.test` } });
      return { id: user.id, email: user.email, role: "learner" as const, name: null };
    }),
  );
  const earlier = new Date(NOW.getTime() - 86_400_000);
  for (const actor of actors) {
    for (const [index, cardId] of cards.slice(0, RACED_CARDS).entries()) {
      if (!reviewedBefore(index)) continue;
      const first = await recordReview(actor, { ...review(cardId, 3), reviewedAt: earlier.toISOString() }, earlier);
      expect(first.status).toBe("recorded");
    }
  }
});

describe("two processes, one database", () => {
  it("records exactly one of two ratings made against the same state, and one of two identical sends", async () => {
    const jobs: { actor: number; input: SubmitReviewInput }[][] = [[], []];
    for (let a = 0; a < LEARNERS; a++) {
      for (const [index, cardId] of cards.slice(0, RACED_CARDS).entries()) {
        const reps = reviewedBefore(index) ? 1 : 0;
        jobs[0].push({ actor: a, input: review(cardId, 3, reps) });
        jobs[1].push({ actor: a, input: review(cardId, 1, reps) });
      }
      for (const cardId of cards.slice(RACED_CARDS, RACED_CARDS + SAME_ID_CARDS)) {
        const same = review(cardId, 3);
        jobs[0].push({ actor: a, input: same });
        jobs[1].push({ actor: a, input: same });
      }
    }
    const workers = [startWorker(), startWorker()];
    workers.forEach((w, i) =>
      w.child.stdin!.write(JSON.stringify({ actors, reviews: jobs[i], now: NOW.toISOString() }) + "\n"),
    );
    expect(await Promise.all(workers.map(nextLine))).toEqual(["ready", "ready"]);
    workers.forEach((w) => w.child.stdin!.write("go\n"));
    const [first, second] = (await Promise.all(workers.map(nextLine))).map(
      (line) => JSON.parse(line) as ReviewOutcome[],
    );
    workers.forEach((w) => w.child.stdin!.end());

    let races = 0;
    let retries = 0;
    for (let i = 0; i < first.length; i++) {
      const pair = [first[i].status, second[i].status].sort().join("+");
      if (jobs[0][i].input.reviewId === jobs[1][i].input.reviewId) {
        retries++;
        expect(pair, `same id ${jobs[0][i].input.reviewId}`).toBe("duplicate+recorded");
      } else {
        races++;
        expect(pair, `race on ${jobs[0][i].input.cardId}`).toBe("conflict+recorded");
        const conflict = [first[i], second[i]].find((o) => o.status === "conflict") as Extract<
          ReviewOutcome,
          { status: "conflict" }
        >;
        expect(conflict.code).toBe("stale-state");
      }
    }
    expect({ races, retries }).toEqual({ races: LEARNERS * RACED_CARDS, retries: LEARNERS * SAME_ID_CARDS });
    console.info(
      `cross-process races: ${races} rating pairs → ${races} recorded + ${races} stale; ${retries} identical sends → ${retries} recorded + ${retries} duplicate`,
    );

    // Every card's state is what its (single) log entry produced.
    const states = await db.cardState.findMany({
      where: { userId: { in: actors.map((a) => a.id) } },
      select: { userId: true, cardId: true, reps: true, state: true },
    });
    const logs = await db.reviewLog.findMany({
      where: { userId: { in: actors.map((a) => a.id) } },
      orderBy: { reviewedAt: "asc" },
      select: { userId: true, cardId: true, stateAfter: true },
    });
    expect(states).toHaveLength(LEARNERS * (RACED_CARDS + SAME_ID_CARDS));
    expect(logs).toHaveLength(states.length + (LEARNERS * RACED_CARDS) / 2);
    // The latest log of each card (the map keeps the last one set) holds the state the card has.
    const logByCard = new Map(
      logs.map((l) => [`${l.userId}/${l.cardId}`, l.stateAfter as { reps: number; state: string }]),
    );
    const logCount = new Map<string, number>();
    for (const l of logs) logCount.set(`${l.userId}/${l.cardId}`, (logCount.get(`${l.userId}/${l.cardId}`) ?? 0) + 1);
    for (const s of states) {
      expect(s.reps).toBe(logCount.get(`${s.userId}/${s.cardId}`));
      const after = logByCard.get(`${s.userId}/${s.cardId}`);
      expect({ reps: s.reps, state: s.state }).toEqual({ reps: after?.reps, state: after?.state });
    }
  }, 120_000);
});
