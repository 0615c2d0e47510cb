// Bury, suspend and their way back (the review screen's undo, the settings card browser) against a
// real SQLite file: only the learner's own state, only on decks they may study, and an unsuspend or
// unbury changes nothing unless the card is still suspended or buried.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { setCardFlag } from "@/lib/server/reviews/set-card-flag";
import { listFlaggedCards, FLAGGED_ROW_CAP } from "@/lib/server/reviews/flagged-cards";
import { getReviewQueue } from "@/lib/server/reviews/get-review-queue";
import { newMemoryState } from "@/lib/core/scheduler/memory-state";
import { rowFromMemory } from "@/lib/server/reviews/memory-state-row";
import type { Actor } from "@/lib/server/auth/current-user";

const NOW = new Date("2026-03-02T03:00:00Z");
const NEXT_DAY = new Date(NOW.getTime() + 86_400_000);
const DECK = "kubernetes-workloads";
let cardIds: string[] = [];

async function learner(label: string): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${label}-${crypto.randomUUID()}@example.test` } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

/** An unpublished deck of `owner` with one card: nobody else may study it. */
async function privateDeck(owner: Actor): Promise<{ slug: string; cardId: string }> {
  const slug = `private-${crypto.randomUUID().slice(0, 8)}`;
  const deck = await db.deck.create({
    data: {
      slug,
      title: "Private",
      origin: "editor",
      ownerId: owner.id,
      sections: [{ id: "s", title: "S" }],
      isPublished: false,
    },
  });
  const item = await db.item.create({
    data: {
      deckId: deck.id,
      key: "q",
      type: "basic",
      section: "s",
      position: 0,
      body: { front: "Owner's question" },
      answer: { back: "A", reversed: false },
      explanation: "x",
      sources: { notes: "n" },
      contentHash: "h",
    },
  });
  await db.card.create({
    data: { id: `${slug}:q#0`, deckId: deck.id, itemId: item.id, ordinal: 0, kind: "front", position: 0 },
  });
  return { slug, cardId: `${slug}:q#0` };
}

/** A deck of `owner` (who may always study it) with `size` front cards "Question no. N ポッド". */
async function ownDeck(owner: Actor, size: number): Promise<{ slug: string; cardIds: string[] }> {
  const slug = `own-${crypto.randomUUID().slice(0, 8)}`;
  const deck = await db.deck.create({
    data: {
      slug,
      title: "Own",
      origin: "editor",
      ownerId: owner.id,
      sections: [{ id: "s", title: "S" }],
      isPublished: false,
    },
  });
  const items = Array.from({ length: size }, (_, i) => ({
    id: crypto.randomUUID(),
    deckId: deck.id,
    key: `q${i}`,
    type: "basic",
    section: "s",
    position: i,
    body: { front: `Question no. ${i} ポッド` },
    answer: { back: "A", reversed: false },
    explanation: "x",
    sources: { notes: "n" },
    contentHash: `h${i}`,
  }));
  await db.item.createMany({ data: items });
  await db.card.createMany({
    data: items.map((item, i) => ({
      id: `${slug}:q${i}#0`,
      deckId: deck.id,
      itemId: item.id,
      ordinal: 0,
      kind: "front",
      position: i,
    })),
  });
  return { slug, cardIds: items.map((_, i) => `${slug}:q${i}#0`) };
}

const stateOf = (actor: Actor, cardId: string) =>
  db.cardState.findUnique({ where: { userId_cardId: { userId: actor.id, cardId } } });
const queueIds = async (actor: Actor, at = NOW) =>
  (await getReviewQueue({ actor, deckSlug: DECK, now: at, limit: 200 })).cards.map((c) => c.cardId);
const firstCards = async (actor: Actor) =>
  (await getReviewQueue({ actor, deckSlug: DECK, now: NOW, limit: 3 })).cards.map((c) => c.cardId);

beforeAll(async () => {
  await syncContentDecks();
  cardIds = (
    await db.card.findMany({
      where: { deck: { slug: DECK }, retiredAt: null, kind: "front" },
      orderBy: { position: "asc" },
      select: { id: true },
    })
  ).map((c) => c.id);
});

describe("bury and unbury", () => {
  it("a buried card leaves today's queue and an unbury puts it back; a second unbury changes nothing", async () => {
    const actor = await learner("bury");
    const [cardId] = await firstCards(actor);
    expect(await setCardFlag(actor, cardId, "bury", NOW)).toEqual({ changed: true });
    expect(await queueIds(actor)).not.toContain(cardId);
    expect(await setCardFlag(actor, cardId, "unbury", NOW)).toEqual({ changed: true });
    expect((await stateOf(actor, cardId))?.buriedUntil).toBeNull();
    expect(await firstCards(actor)).toContain(cardId);
    const before = await stateOf(actor, cardId);
    expect(await setCardFlag(actor, cardId, "unbury", NOW)).toEqual({ changed: false });
    expect(await stateOf(actor, cardId)).toEqual(before);
  });

  it("an unbury on the next learning day finds the bury already over and changes nothing", async () => {
    const actor = await learner("bury-next-day");
    const [cardId] = await firstCards(actor);
    await setCardFlag(actor, cardId, "bury", NOW);
    const before = await stateOf(actor, cardId);
    expect(await setCardFlag(actor, cardId, "unbury", NEXT_DAY)).toEqual({ changed: false });
    expect(await stateOf(actor, cardId)).toEqual(before);
    expect(await queueIds(actor, NEXT_DAY)).toContain(cardId);
  });
});

describe("suspend and unsuspend", () => {
  it("a suspended card leaves the queue and unsuspend puts it back", async () => {
    const actor = await learner("suspend");
    const [cardId] = await firstCards(actor);
    await setCardFlag(actor, cardId, "suspend", NOW);
    expect(await queueIds(actor)).not.toContain(cardId);
    expect(await setCardFlag(actor, cardId, "unsuspend", NOW)).toEqual({ changed: true });
    expect(await firstCards(actor)).toContain(cardId);
  });

  it("unsuspend of a card that is not suspended changes nothing and creates no state", async () => {
    const actor = await learner("not-suspended");
    const [never, buried] = cardIds;
    expect(await setCardFlag(actor, never, "unsuspend", NOW)).toEqual({ changed: false });
    expect(await stateOf(actor, never)).toBeNull();
    await setCardFlag(actor, buried, "bury", NOW);
    const before = await stateOf(actor, buried);
    expect(await setCardFlag(actor, buried, "unsuspend", NOW)).toEqual({ changed: false });
    expect(await stateOf(actor, buried)).toEqual(before);
  });

  it("two tabs unsuspending at once: exactly one changes the card", async () => {
    const actor = await learner("race");
    const cardId = cardIds[2];
    await setCardFlag(actor, cardId, "suspend", NOW);
    const results = await Promise.all([
      setCardFlag(actor, cardId, "unsuspend", NOW),
      setCardFlag(actor, cardId, "unsuspend", NOW),
    ]);
    expect(results.filter((r) => r.changed)).toHaveLength(1);
  });

  it("unsuspending a leech clears its leech flag", async () => {
    const actor = await learner("leech");
    const cardId = cardIds[4];
    await db.cardState.create({
      data: {
        userId: actor.id,
        cardId,
        ...rowFromMemory(newMemoryState(NOW)),
        suspended: true,
        leech: true,
        lapses: 8,
      },
    });
    expect(await setCardFlag(actor, cardId, "unsuspend", NOW)).toEqual({ changed: true });
    expect(await stateOf(actor, cardId)).toMatchObject({ suspended: false, leech: false, lapses: 8 });
  });
});

describe("only the learner's own cards on decks they may study", () => {
  it("another learner's private card is not found, for every flag and for the card browser, and stays as it was", async () => {
    const owner = await learner("owner");
    const intruder = await learner("intruder");
    const { slug, cardId } = await privateDeck(owner);
    await setCardFlag(owner, cardId, "suspend", NOW);
    const before = await db.cardState.findMany({ where: { cardId } });
    for (const action of ["unsuspend", "unbury", "suspend", "bury"] as const) {
      await expect(setCardFlag(intruder, cardId, action, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(listFlaggedCards(intruder, slug, { filter: "all", query: "" }, NOW)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(setCardFlag(null, cardId, "unsuspend", NOW)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(setCardFlag(intruder, "no-such-card", "unsuspend", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.cardState.findMany({ where: { cardId } })).toEqual(before);
    expect((await listFlaggedCards(owner, slug, { filter: "all", query: "" }, NOW)).rows).toEqual([
      expect.objectContaining({ cardId, suspended: true }),
    ]);
  });

  it("one learner's unsuspend leaves another learner's suspension of the same card alone", async () => {
    const [me, other] = [await learner("me"), await learner("other")];
    const cardId = cardIds[5];
    await setCardFlag(me, cardId, "suspend", NOW);
    await setCardFlag(other, cardId, "suspend", NOW);
    await setCardFlag(me, cardId, "unsuspend", NOW);
    expect((await stateOf(other, cardId))?.suspended).toBe(true);
    expect((await listFlaggedCards(me, DECK, { filter: "all", query: "" }, NOW)).rows).toEqual([]);
  });
});

describe("the card browser", () => {
  it("lists suspended, buried and leech cards in deck order, filters by kind and searches the front text", async () => {
    const actor = await learner("browser");
    const [a, b, c] = cardIds;
    await setCardFlag(actor, a, "suspend", NOW);
    await setCardFlag(actor, b, "bury", NOW);
    await db.cardState.create({
      data: {
        userId: actor.id,
        cardId: c,
        ...rowFromMemory(newMemoryState(NOW)),
        suspended: true,
        leech: true,
        lapses: 8,
      },
    });
    await setCardFlag(actor, cardIds[6], "bury", new Date(NOW.getTime() - 86_400_000)); // yesterday's bury is over
    const list = (filter: "all" | "suspended" | "buried" | "leech", query = "") =>
      listFlaggedCards(actor, DECK, { filter, query }, NOW);
    const all = await list("all");
    expect(all.rows.map((r) => r.cardId)).toEqual([a, b, c]);
    expect(all.rows[1]).toMatchObject({ buried: true, suspended: false, leech: false });
    expect((await list("suspended")).rows.map((r) => r.cardId)).toEqual([a, c]);
    expect((await list("buried")).rows.map((r) => r.cardId)).toEqual([b]);
    expect((await list("leech")).rows.map((r) => r.cardId)).toEqual([c]);
    expect((await list("all", "no card says this 8c1f")).rows).toEqual([]);
  });

  it("searches the front text ignoring case and full or half width", async () => {
    const actor = await learner("search");
    const { slug, cardIds: own } = await ownDeck(actor, 12);
    await db.cardState.createMany({
      data: own.map((cardId) => ({ userId: actor.id, cardId, ...rowFromMemory(newMemoryState(NOW)), suspended: true })),
    });
    const found = async (query: string) =>
      (await listFlaggedCards(actor, slug, { filter: "all", query }, NOW)).rows.map((r) => r.cardId);
    expect(await found("ＱＵＥＳＴＩＯＮ ＮＯ. 1１")).toEqual([own[11]]);
    expect(await found("  question no. 1")).toEqual([own[1], own[10], own[11]]);
    expect(await found("ポッド")).toHaveLength(12);
    expect(await found("no card says this")).toEqual([]);
  });

  it(`shows at most ${FLAGGED_ROW_CAP} rows and says how many matched`, async () => {
    const actor = await learner("many");
    const { slug, cardIds: own } = await ownDeck(actor, FLAGGED_ROW_CAP + 5);
    await db.cardState.createMany({
      data: own.map((cardId) => ({ userId: actor.id, cardId, ...rowFromMemory(newMemoryState(NOW)), suspended: true })),
    });
    const result = await listFlaggedCards(actor, slug, { filter: "suspended", query: "" }, NOW);
    expect(result.rows).toHaveLength(FLAGGED_ROW_CAP);
    expect(result.rows[0].cardId).toBe(own[0]);
    expect(result.matched).toBe(FLAGGED_ROW_CAP + 5);
  });
});
