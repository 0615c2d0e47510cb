// Which published decks are listed for whom: built-in decks for everyone, an instructor's deck for
// its owner, the members of classes that use it, and admins — not for every learner of the instance.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { listPublicDecks } from "@/lib/server/decks/list-decks";
import { listHomeDecks } from "@/lib/server/decks/home-decks";
import { getDashboard } from "@/lib/server/stats/get-dashboard";
import type { Actor } from "@/lib/server/auth/current-user";

async function user(role: "learner" | "instructor" | "admin"): Promise<Actor> {
  const email = `${role}-${crypto.randomUUID()}@example.test`;
  const row = await db.user.create({ data: { email, role } });
  return { id: row.id, email, role, name: null };
}

const slugs = async (actor: Actor | null) => (await listPublicDecks(actor)).map((d) => d.slug).sort();

let owner: Actor, member: Actor, stranger: Actor, admin: Actor;

beforeAll(async () => {
  await syncContentDecks();
  [owner, member, stranger, admin] = await Promise.all([
    user("instructor"),
    user("learner"),
    user("learner"),
    user("admin"),
  ]);
  const deck = await db.deck.create({
    data: {
      slug: "class-only",
      title: "Class deck",
      origin: "editor",
      ownerId: owner.id,
      sections: [],
      isPublished: true,
    },
  });
  const klass = await db.class.create({ data: { name: "K", ownerId: owner.id, inviteCode: crypto.randomUUID() } });
  await db.classDeck.create({ data: { classId: klass.id, deckId: deck.id } });
  await db.classMember.create({ data: { classId: klass.id, userId: member.id } });
});

describe("listPublicDecks", () => {
  it("lists the built-in deck for everyone, signed in or not", async () => {
    expect(await slugs(null)).toEqual(["kubernetes-workloads"]);
    expect(await slugs(stranger)).toEqual(["kubernetes-workloads"]);
  });

  it("lists an instructor's published deck for its owner, its class's members and admins only", async () => {
    expect(await slugs(owner)).toEqual(["class-only", "kubernetes-workloads"]);
    expect(await slugs(member)).toEqual(["class-only", "kubernetes-workloads"]);
    expect(await slugs(admin)).toEqual(["class-only", "kubernetes-workloads"]);
  });
});

describe("listHomeDecks (the signed-in home page)", () => {
  const now = new Date("2026-06-01T03:00:00Z");
  const home = async (actor: Actor) => {
    const { classDecks, otherDecks } = await listHomeDecks(actor, now);
    return { classDecks: classDecks.map((d) => [d.slug, d.classNames]), otherDecks: otherDecks.map((d) => d.slug) };
  };

  it("lists only the decks each person may study, class decks apart with their classes' names", async () => {
    expect(await home(stranger)).toEqual({ classDecks: [], otherDecks: ["kubernetes-workloads"] });
    expect(await home(member)).toEqual({ classDecks: [["class-only", ["K"]]], otherDecks: ["kubernetes-workloads"] });
    expect(await home(owner)).toEqual({ classDecks: [], otherDecks: ["class-only", "kubernetes-workloads"] });
  });

  it("gives each deck the same due counts as the dashboard's 'due today'", async () => {
    const { otherDecks } = await listHomeDecks(stranger, now);
    const dashboard = await getDashboard(stranger, now);
    const builtIn = otherDecks.find((d) => d.slug === "kubernetes-workloads")!;
    expect(builtIn.due).toEqual(dashboard.decks.find((d) => d.slug === "kubernetes-workloads")!.dueToday);
    expect(builtIn.due.new).toBeGreaterThan(0);
  });
});
