// Cram mode against a real SQLite file: ratings land in CramLog only, idempotently on their id, and
// a learner can neither cram nor read the cards of a draft deck that is not theirs.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordCram } from "@/lib/server/cram/record-cram";
import { getCramCards } from "@/lib/server/cram/get-cram-cards";
import { listCramSections } from "@/lib/server/cram/list-cram-sections";
import { recordReview } from "@/lib/server/reviews/record-review";
import type { Actor, Role } from "@/lib/server/auth/current-user";
import type { CramEntryInput } from "@/lib/schemas/record-cram";

const BUILT_IN = "kubernetes-workloads";
const NOW = new Date("2026-03-10T12:00:00Z");
let cards: { id: string; section: string }[] = [];

async function person(role: Role = "learner"): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${role}-${crypto.randomUUID()}@example.test`, role } });
  return { id: user.id, email: user.email, role, name: null };
}

const entry = (cardId: string, rating: 1 | 2 | 3 | 4 = 3, overrides: Partial<CramEntryInput> = {}): CramEntryInput => ({
  cramId: crypto.randomUUID(),
  cardId,
  rating,
  reviewedAt: NOW.toISOString(),
  durationMs: 2500,
  ...overrides,
});

async function draftDeck(owner: Actor): Promise<{ slug: string; cardId: string }> {
  const slug = `draft-${crypto.randomUUID().slice(0, 8)}`;
  const deck = await db.deck.create({
    data: {
      slug,
      title: "Draft",
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
      body: { front: "Q" },
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

beforeAll(async () => {
  await syncContentDecks();
  const rows = await db.card.findMany({
    where: { deck: { slug: BUILT_IN }, retiredAt: null },
    orderBy: { position: "asc" },
    select: { id: true, item: { select: { section: true } } },
  });
  cards = rows.map((r) => ({ id: r.id, section: r.item.section }));
});

describe("recording cram ratings", () => {
  it("writes one CramLog row per rating and leaves CardState and ReviewLog exactly as they were", async () => {
    const actor = await person();
    const reviewed = await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId: cards[0].id,
        rating: 3,
        expectedReps: 0,
        reviewedAt: NOW.toISOString(),
        durationMs: 1000,
      },
      NOW,
    );
    expect(reviewed.status).toBe("recorded");
    const statesBefore = await db.cardState.findMany({ where: { userId: actor.id }, orderBy: { cardId: "asc" } });
    const logsBefore = await db.reviewLog.findMany({ where: { userId: actor.id }, orderBy: { id: "asc" } });

    const entries = cards.slice(0, 5).map((c, i) => entry(c.id, i % 2 === 0 ? 1 : 3));
    const outcomes = await recordCram(actor, entries, NOW);
    expect(outcomes.map((o) => o.status)).toEqual(["recorded", "recorded", "recorded", "recorded", "recorded"]);
    const stored = await db.cramLog.findMany({ where: { userId: actor.id } });
    expect(stored).toHaveLength(5);
    expect(stored.find((r) => r.id === entries[0].cramId)).toMatchObject({
      cardId: cards[0].id,
      rating: 1,
      durationMs: 2500,
      reviewedAt: NOW,
    });

    expect(await db.cardState.findMany({ where: { userId: actor.id }, orderBy: { cardId: "asc" } })).toEqual(
      statesBefore,
    );
    expect(await db.reviewLog.findMany({ where: { userId: actor.id }, orderBy: { id: "asc" } })).toEqual(logsBefore);
  });

  it("answers a resend with the same payload as a duplicate and a changed payload as a mismatch", async () => {
    const actor = await person();
    const first = entry(cards[1].id, 3);
    expect((await recordCram(actor, [first], NOW))[0].status).toBe("recorded");
    expect((await recordCram(actor, [first], new Date(NOW.getTime() + 60_000)))[0].status).toBe("duplicate");
    expect((await recordCram(actor, [{ ...first, rating: 4 }], NOW))[0].status).toBe("mismatch");
    expect((await recordCram(actor, [{ ...first, cardId: cards[2].id }], NOW))[0].status).toBe("mismatch");
    expect((await recordCram(await person(), [first], NOW))[0].status).toBe("mismatch");
    expect(await db.cramLog.count({ where: { id: first.cramId } })).toBe(1);
    expect((await db.cramLog.findUniqueOrThrow({ where: { id: first.cramId } })).rating).toBe(3);
  });

  it("records the same entry sent twice at once exactly once", async () => {
    const actor = await person();
    const once = entry(cards[3].id);
    const results = await Promise.all([recordCram(actor, [once], NOW), recordCram(actor, [once], NOW)]);
    expect(results.map((r) => r[0].status).sort()).toEqual(["duplicate", "recorded"]);
    expect(await db.cramLog.count({ where: { userId: actor.id } })).toBe(1);
  });

  it("stores a rating from a clock that runs ahead at the server's time, and still matches its resend", async () => {
    const actor = await person();
    const ahead = entry(cards[4].id, 2, { reviewedAt: new Date(NOW.getTime() + 3_600_000).toISOString() });
    await recordCram(actor, [ahead], NOW);
    expect((await db.cramLog.findUniqueOrThrow({ where: { id: ahead.cramId } })).reviewedAt).toEqual(NOW);
    expect((await recordCram(actor, [ahead], new Date(NOW.getTime() + 7_200_000)))[0].status).toBe("duplicate");
  });

  it("answers bad entries one by one without dropping the good ones", async () => {
    const actor = await person();
    const good = entry(cards[5].id);
    const outcomes = await recordCram(
      actor,
      [{ ...entry(cards[5].id), rating: 5 }, { cramId: "not-a-uuid" }, good, entry("no-such-card")],
      NOW,
    );
    expect(outcomes.map((o) => o.status)).toEqual(["invalid", "invalid", "recorded", "gone"]);
    expect(outcomes[0].issues?.join()).toMatch(/rating/);
  });

  it("refuses a signed-out caller", async () => {
    await expect(recordCram(null, [entry(cards[0].id)], NOW)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });
});

describe("cram on a draft deck", () => {
  it("a learner may not cram or read another instructor's draft deck; its owner and an admin may", async () => {
    const owner = await person("instructor");
    const draft = await draftDeck(owner);
    const learner = await person();
    const [refused] = await recordCram(learner, [entry(draft.cardId)], NOW);
    expect(refused.status).toBe("gone");
    expect(await db.cramLog.count({ where: { cardId: draft.cardId } })).toBe(0);
    await expect(getCramCards(learner, draft.slug, "s")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCramSections(learner, draft.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(listCramSections(await person("instructor"), draft.slug)).rejects.toMatchObject({ code: "NOT_FOUND" });

    expect((await recordCram(owner, [entry(draft.cardId)], NOW))[0].status).toBe("recorded");
    expect((await recordCram(await person("admin"), [entry(draft.cardId)], NOW))[0].status).toBe("recorded");
    expect((await getCramCards(owner, draft.slug, "s")).cards.map((c) => c.cardId)).toEqual([draft.cardId]);
  });
});

describe("cram cards", () => {
  it("lists each section of the deck with its live card count, adding up to the deck's cards", async () => {
    const view = await listCramSections(await person(), BUILT_IN);
    expect(view.sections.length).toBeGreaterThan(3);
    expect(view.sections.reduce((sum, s) => sum + s.cards, 0)).toBe(cards.length);
    expect(view.sections[0]).toMatchObject({
      id: cards[0].section,
      cards: cards.filter((c) => c.section === cards[0].section).length,
    });
  });

  it("sends every live card of a section in deck order with its prompt and never its answer", async () => {
    const section = cards[0].section;
    const view = await getCramCards(await person(), BUILT_IN, section);
    expect(view.cards.map((c) => c.cardId)).toEqual(cards.filter((c) => c.section === section).map((c) => c.id));
    expect(view.section.id).toBe(section);
    const fronts = await db.card.findMany({
      where: { id: { in: view.cards.map((c) => c.cardId) }, kind: "front" },
      select: { id: true, item: { select: { answer: true } } },
    });
    expect(fronts.length).toBeGreaterThan(0);
    for (const front of fronts) {
      const back = String((front.item.answer as { back: string }).back);
      const sent = JSON.stringify(view.cards.find((c) => c.cardId === front.id));
      expect(sent).not.toContain(back.slice(0, 40));
    }
  });

  it("answers NOT_FOUND for a section without cards", async () => {
    await expect(getCramCards(await person(), BUILT_IN, "no-such-section")).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
