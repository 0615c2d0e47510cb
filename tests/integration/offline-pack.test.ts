// The offline pack against a real SQLite file: the next three days' cards in the order the review
// screen shows them (today's exactly as the server's queue; tomorrow's as the server shows them once
// today's cards are learnt), only self-graded cards, each once, with the answer side — and nothing
// for another learner's draft deck.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { getOfflinePack, OFFLINE_DAYS } from "@/lib/server/reviews/get-offline-pack";
import { loadQueue, presentationOrder } from "@/lib/server/reviews/load-queue";
import { studySettingsFor } from "@/lib/server/reviews/scheduler-settings-for";
import { recordReview } from "@/lib/server/reviews/record-review";
import { addDays, learningDayOf, startOfLearningDay } from "@/lib/core/scheduler/learning-day";
import type { Actor } from "@/lib/server/auth/current-user";

const BUILT_IN = "kubernetes-workloads";
const NOW = new Date("2026-03-10T03:00:00Z");
let deckId = "";
let kindById = new Map<string, string>();

async function learner(): Promise<Actor> {
  const user = await db.user.create({ data: { email: `pack-${crypto.randomUUID()}@example.test` } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

const SELF_GRADED = ["front", "reverse", "cloze"];
const selfGraded = (id: string) => SELF_GRADED.includes(kindById.get(id)!);

/** The ids the review screen would show at `at`, self-graded ones only. */
async function screenAt(actor: Actor, at: Date): Promise<string[]> {
  const settings = await studySettingsFor(actor.id, deckId);
  return presentationOrder(await loadQueue(actor.id, deckId, settings, at), at)
    .map((c) => c.id)
    .filter(selfGraded);
}

async function startOfDay(actor: Actor, daysAhead: number): Promise<Date> {
  const { scheduler } = await studySettingsFor(actor.id, deckId);
  return startOfLearningDay(
    addDays(learningDayOf(NOW, scheduler.timeZone, scheduler.rolloverHour), daysAhead),
    scheduler.timeZone,
    scheduler.rolloverHour,
  );
}

async function rate(actor: Actor, cardIds: string[], rating: 1 | 3 | 4, at: Date) {
  for (const cardId of cardIds) {
    const outcome = await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId,
        rating,
        expectedReps: 0,
        reviewedAt: at.toISOString(),
        durationMs: 1000,
      },
      at,
    );
    expect(outcome.status).toBe("recorded");
  }
}

beforeAll(async () => {
  await syncContentDecks();
  const deck = await db.deck.findUniqueOrThrow({ where: { slug: BUILT_IN }, select: { id: true } });
  deckId = deck.id;
  const cards = await db.card.findMany({ where: { deckId, retiredAt: null }, select: { id: true, kind: true } });
  kindById = new Map(cards.map((c) => [c.id, c.kind]));
});

describe("the offline pack", () => {
  it("holds today's screen, then each next day's new cards due at the start of their day, self-graded only, each once", async () => {
    const actor = await learner();
    const pack = await getOfflinePack({ actor, deckSlug: BUILT_IN, now: NOW });
    const ids = pack.cards.map((c) => c.cardId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every(selfGraded)).toBe(true);
    expect(pack.cards.every((c) => c.answerHtml.length > 0)).toBe(true);
    expect(pack).toMatchObject({ deckSlug: BUILT_IN, days: OFFLINE_DAYS, generatedAt: NOW.toISOString() });
    const today = await screenAt(actor, NOW);
    expect(ids.slice(0, today.length)).toEqual(today);
    expect(pack.cards.slice(0, today.length).every((c) => c.dueAt === NOW.toISOString())).toBe(true);

    // What the server shows tomorrow once today's cards are learnt is what the pack keeps for tomorrow.
    const allToday = presentationOrder(
      await loadQueue(actor.id, deckId, await studySettingsFor(actor.id, deckId), NOW),
      NOW,
    ).map((c) => c.id);
    await rate(actor, allToday, 4, NOW);
    const tomorrow = await startOfDay(actor, 1);
    expect(pack.cards.filter((c) => c.dueAt === tomorrow.toISOString()).map((c) => c.cardId)).toEqual(
      await screenAt(actor, tomorrow),
    );
    const dayAfter = await startOfDay(actor, 2);
    expect(pack.cards.filter((c) => c.dueAt === dayAfter.toISOString()).length).toBeGreaterThan(0);
    expect(pack.cards.every((c) => [NOW, tomorrow, dayAfter].some((d) => d.toISOString() === c.dueAt))).toBe(true);
  });

  it("puts cards learnt today on the day they fall due and leaves them out of today", async () => {
    const actor = await learner();
    const first = (await getOfflinePack({ actor, deckSlug: BUILT_IN, now: NOW })).cards
      .slice(0, 6)
      .map((c) => c.cardId);
    await rate(actor, first.slice(0, 3), 4, NOW); // easy: due in some days
    await rate(actor, first.slice(3), 1, NOW); // again: a learning step later today
    const later = new Date(NOW.getTime() + 60_000);
    const pack = await getOfflinePack({ actor, deckSlug: BUILT_IN, now: later });
    const ids = pack.cards.map((c) => c.cardId);
    const today = await screenAt(actor, later);
    expect(ids.slice(0, today.length)).toEqual(today);
    const states = await db.cardState.findMany({
      where: { userId: actor.id, cardId: { in: first } },
      select: { cardId: true, due: true },
    });
    for (const state of states) {
      const inPack = pack.cards.find((c) => c.cardId === state.cardId);
      if (state.due < (await startOfDay(actor, OFFLINE_DAYS))) expect(inPack?.dueAt).toBe(state.due.toISOString());
      else expect(inPack).toBeUndefined();
    }
    // The again cards' next step is within minutes: they are in the pack, due when the step ends.
    for (const id of first.slice(3)) expect(ids).toContain(id);
  });

  it("refuses a draft deck that is not the learner's", async () => {
    const owner = await db.user.create({
      data: { email: `owner-${crypto.randomUUID()}@example.test`, role: "instructor" },
    });
    const slug = `draft-${crypto.randomUUID().slice(0, 8)}`;
    await db.deck.create({
      data: { slug, title: "Draft", origin: "editor", ownerId: owner.id, sections: [], isPublished: false },
    });
    await expect(getOfflinePack({ actor: await learner(), deckSlug: slug, now: NOW })).rejects.toThrow();
    await expect(getOfflinePack({ actor: null, deckSlug: BUILT_IN, now: NOW })).rejects.toThrow();
  });
});
