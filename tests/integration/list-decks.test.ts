// Which published decks are listed for whom: built-in decks for everyone, an instructor's deck for
// its owner, the members of classes that use it, and admins — not for every learner of the instance.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { listPublicDecks } from "@/lib/server/decks/list-decks";
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
  [owner, member, stranger, admin] = await Promise.all([user("instructor"), user("learner"), user("learner"), user("admin")]);
  const deck = await db.deck.create({ data: { slug: "class-only", title: "Class deck", origin: "editor", ownerId: owner.id, sections: [], isPublished: true } });
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
