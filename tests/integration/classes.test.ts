// Classes against a real SQLite file: invite links, membership, the deck choice that feeds the
// learner's home page, the instructor's roster counts, and who may do what.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { recordReview } from "@/lib/server/reviews/record-review";
import { undoReview } from "@/lib/server/reviews/undo-review";
import type { Actor, Role } from "@/lib/server/auth/current-user";
import { createClass } from "@/lib/server/classes/create-class";
import { deleteClass, regenerateInvite, renameClass } from "@/lib/server/classes/update-class";
import { setClassDecks } from "@/lib/server/classes/set-class-decks";
import { listUsableDecks } from "@/lib/server/classes/list-usable-decks";
import { listMyClasses } from "@/lib/server/classes/list-my-classes";
import { getManagedClass } from "@/lib/server/classes/get-managed-class";
import { getClassRoster } from "@/lib/server/classes/get-class-roster";
import { removeMember } from "@/lib/server/classes/remove-member";
import { getInvite, joinClass, leaveClass, listJoinedClasses } from "@/lib/server/classes/membership";
import { listClassDecksFor } from "@/lib/server/classes/list-class-decks-for";

const BUILT_IN = "kubernetes-workloads";
const NOW = new Date("2026-03-10T12:00:00Z");
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

async function person(role: Role, name: string | null = null): Promise<Actor> {
  const user = await db.user.create({ data: { email: `${role}-${crypto.randomUUID()}@example.test`, name, role } });
  return { id: user.id, email: user.email, role, name };
}

/** A one-card deck of an instructor's, published or draft. */
async function ownDeck(owner: Actor, isPublished: boolean): Promise<string> {
  const slug = `deck-${crypto.randomUUID().slice(0, 8)}`;
  const deck = await db.deck.create({
    data: { slug, title: `Deck ${slug}`, origin: "editor", ownerId: owner.id, sections: [], isPublished },
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
  return slug;
}

async function rate(actor: Actor, cardId: string, rating: 1 | 2 | 3 | 4, at: Date) {
  const reviewId = crypto.randomUUID();
  const outcome = await recordReview(
    actor,
    { reviewId, cardId, rating, expectedReps: 0, reviewedAt: at.toISOString(), durationMs: 1000 },
    at,
  );
  expect(outcome.status).toBe("recorded");
  return reviewId;
}

let builtInCards: string[] = [];
beforeAll(async () => {
  await syncContentDecks();
  const cards = await db.card.findMany({
    where: { deck: { slug: BUILT_IN }, retiredAt: null, kind: "front" },
    orderBy: { position: "asc" },
    select: { id: true },
    take: 6,
  });
  builtInCards = cards.map((c) => c.id);
});

describe("creating and joining a class", () => {
  it("an instructor creates a class with a 128-bit base64url invite code and a trimmed name", async () => {
    const teacher = await person("instructor", "Sato");
    const created = await createClass(teacher, { name: "  CKA evening  " });
    expect(created.inviteCode).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Buffer.from(created.inviteCode, "base64url")).toHaveLength(16);
    expect(await getManagedClass(teacher, created.id)).toMatchObject({
      name: "CKA evening",
      inviteCode: created.inviteCode,
      ownerName: "Sato",
      isOwn: true,
    });
    await expect(createClass(teacher, { name: "   " })).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(createClass(teacher, { name: "x".repeat(81) })).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("a learner cannot create a class, and a signed-out caller is asked to sign in", async () => {
    await expect(createClass(await person("learner"), { name: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createClass(null, { name: "Mine" })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(listMyClasses(await person("learner"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the invite shows the class and instructor to anyone, and joining twice leaves one membership", async () => {
    const teacher = await person("instructor", "Tanaka");
    const { id, inviteCode } = await createClass(teacher, { name: "Workloads 101" });
    const student = await person("learner");
    expect(await getInvite(null, inviteCode)).toEqual({
      className: "Workloads 101",
      ownerName: "Tanaka",
      isMember: false,
    });
    expect(await joinClass(student, inviteCode)).toEqual({ classId: id, className: "Workloads 101" });
    expect(await joinClass(student, inviteCode)).toEqual({ classId: id, className: "Workloads 101" });
    expect(await db.classMember.count({ where: { classId: id } })).toBe(1);
    expect(await getInvite(student, inviteCode)).toMatchObject({ isMember: true });
    expect(await listJoinedClasses(student)).toEqual([{ id, name: "Workloads 101", ownerName: "Tanaka" }]);
    await expect(joinClass(null, inviteCode)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await getInvite(null, "A".repeat(22))).toBeNull();
    expect(await getInvite(null, "not a code")).toBeNull();
  });

  it("regenerating the invite makes the old link stop working and keeps existing members", async () => {
    const teacher = await person("instructor");
    const { id, inviteCode: oldCode } = await createClass(teacher, { name: "Rotating" });
    const early = await person("learner");
    await joinClass(early, oldCode);
    const { inviteCode: newCode } = await regenerateInvite(teacher, id);
    expect(newCode).not.toBe(oldCode);
    expect(await getInvite(null, oldCode)).toBeNull();
    const late = await person("learner");
    await expect(joinClass(late, oldCode)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await joinClass(late, newCode);
    expect((await getClassRoster(teacher, id, NOW)).map((m) => m.userId).sort()).toEqual([early.id, late.id].sort());
  });

  it("a learner leaves a class, and leaving one they are not in is NOT_FOUND", async () => {
    const teacher = await person("instructor");
    const { id, inviteCode } = await createClass(teacher, { name: "Leavable" });
    const student = await person("learner");
    await joinClass(student, inviteCode);
    await leaveClass(student, id);
    expect(await listJoinedClasses(student)).toEqual([]);
    await expect(leaveClass(student, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("the class's decks", () => {
  it("appear once for a learner in two classes that chose them, with both class names; drafts stay hidden", async () => {
    const teacher = await person("instructor");
    const draft = await ownDeck(teacher, false);
    const published = await ownDeck(teacher, true);
    const a = await createClass(teacher, { name: "B class" });
    const b = await createClass(teacher, { name: "A class" });
    await setClassDecks(teacher, a.id, [BUILT_IN, published, draft]);
    await setClassDecks(teacher, b.id, [BUILT_IN, BUILT_IN]);
    const student = await person("learner");
    expect(await listClassDecksFor(student)).toEqual([]);
    await joinClass(student, a.inviteCode);
    await joinClass(student, b.inviteCode);
    const decks = await listClassDecksFor(student);
    expect(Object.fromEntries(decks.map((d) => [d.slug, d.classNames]))).toEqual({
      [BUILT_IN]: ["A class", "B class"],
      [published]: ["B class"],
    });
    expect(decks).toHaveLength(2);
    expect(decks.find((d) => d.slug === BUILT_IN)?.cards).toBeGreaterThan(0);
    await setClassDecks(teacher, a.id, []);
    expect((await listClassDecksFor(student)).map((d) => d.slug)).toEqual([BUILT_IN]);
  });

  it("refuses another instructor's draft and unknown decks, changing nothing", async () => {
    const teacher = await person("instructor");
    const rival = await person("instructor");
    const rivalDraft = await ownDeck(rival, false);
    const rivalPublished = await ownDeck(rival, true);
    const { id } = await createClass(teacher, { name: "Careful" });
    await setClassDecks(teacher, id, [BUILT_IN]);
    await expect(setClassDecks(teacher, id, [BUILT_IN, rivalDraft])).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(setClassDecks(teacher, id, ["no-such-deck"])).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listUsableDecks(teacher, id)).filter((d) => d.isSelected).map((d) => d.slug)).toEqual([BUILT_IN]);
    await setClassDecks(teacher, id, [rivalPublished]);
    expect((await listUsableDecks(teacher, id)).map((d) => d.slug)).toContain(rivalPublished);
    expect((await listUsableDecks(teacher, id)).map((d) => d.slug)).not.toContain(rivalDraft);
  });
});

describe("the roster", () => {
  it("counts each member's reviews in the last 7 days, last review and due cards on the class's decks only", async () => {
    const teacher = await person("instructor");
    const otherDeck = await ownDeck(teacher, true);
    // Public, so the learner may study it without a class: it is not one of this class's decks.
    await db.deck.update({ where: { slug: otherDeck }, data: { visibility: "public" } });
    const { id, inviteCode } = await createClass(teacher, { name: "Counted" });
    await setClassDecks(teacher, id, [BUILT_IN]);
    const busy = await person("learner", "Busy");
    const idle = await person("learner");
    await joinClass(busy, inviteCode);
    await joinClass(idle, inviteCode);
    const [old, recent, again, undone, easy, suspended] = builtInCards;

    await rate(busy, old, 3, hoursAgo(24 * 10)); // before the 7-day window; due again long since
    await rate(busy, recent, 3, hoursAgo(24)); // learning step: due now
    await rate(busy, again, 1, hoursAgo(1)); // again: due now
    await undoReview(busy, await rate(busy, undone, 3, hoursAgo(2)), hoursAgo(2)); // taken back: not a review, and back to new
    await rate(busy, easy, 4, hoursAgo(3)); // easy: due in days
    await rate(busy, suspended, 1, hoursAgo(4));
    await db.cardState.updateMany({ where: { userId: busy.id, cardId: suspended }, data: { suspended: true } });
    await rate(busy, `${otherDeck}:q#0`, 1, hoursAgo(0.5)); // not a class deck: counts nowhere

    const roster = await getClassRoster(teacher, id, NOW);
    expect(roster).toEqual([
      {
        userId: busy.id,
        email: busy.email,
        name: "Busy",
        joinedAt: expect.any(Date),
        reviewsLast7Days: 4,
        lastReviewedAt: hoursAgo(1),
        dueNow: 3,
      },
      {
        userId: idle.id,
        email: idle.email,
        name: null,
        joinedAt: expect.any(Date),
        reviewsLast7Days: 0,
        lastReviewedAt: null,
        dueNow: 0,
      },
    ]);
  });

  it("another instructor gets NOT_FOUND on the roster, decks, members and settings of a class; an admin may do all of it", async () => {
    const teacher = await person("instructor");
    const rival = await person("instructor");
    const admin = await person("admin");
    const { id, inviteCode } = await createClass(teacher, { name: "Private" });
    const student = await person("learner");
    await joinClass(student, inviteCode);
    for (const attempt of [
      getClassRoster(rival, id, NOW),
      setClassDecks(rival, id, [BUILT_IN]),
      removeMember(rival, id, student.id),
      getManagedClass(rival, id),
      renameClass(rival, id, { name: "Taken" }),
      regenerateInvite(rival, id),
      deleteClass(rival, id),
      listUsableDecks(rival, id),
    ])
      await expect(attempt).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getClassRoster(student, id, NOW)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getClassRoster(rival, "no-such-class", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getManagedClass(teacher, id)).toMatchObject({ name: "Private", inviteCode });
    expect((await listMyClasses(rival)).map((c) => c.id)).not.toContain(id);

    expect((await listMyClasses(admin)).find((c) => c.id === id)).toMatchObject({ members: 1, decks: 0, isOwn: false });
    await setClassDecks(admin, id, [BUILT_IN]);
    await renameClass(admin, id, { name: "Renamed by admin" });
    expect((await getClassRoster(admin, id, NOW)).map((m) => m.userId)).toEqual([student.id]);
    await removeMember(admin, id, student.id);
    await expect(removeMember(admin, id, student.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMyClasses(teacher)).find((c) => c.id === id)).toMatchObject({
      name: "Renamed by admin",
      members: 0,
      decks: 1,
      isOwn: true,
    });
    await deleteClass(admin, id);
    expect(await listMyClasses(teacher)).toEqual([]);
    expect(await getInvite(null, inviteCode)).toBeNull();
  });
});
