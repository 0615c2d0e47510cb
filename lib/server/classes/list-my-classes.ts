import "server-only";
import { roleAtLeast } from "@/lib/core/auth/roles";
import { assertRole, type Actor } from "../auth/current-user";
import { db } from "../db";

export type ClassSummary = {
  id: string;
  name: string;
  ownerName: string;
  isOwn: boolean;
  members: number;
  decks: number;
  createdAt: Date;
};

/** An instructor's own classes; an admin sees every class. Newest first. */
export async function listMyClasses(actor: Actor | null): Promise<ClassSummary[]> {
  assertRole(actor, "instructor");
  const classes = await db.class.findMany({
    where: roleAtLeast(actor.role, "admin") ? {} : { ownerId: actor.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      ownerId: true,
      createdAt: true,
      owner: { select: { name: true, email: true } },
      _count: { select: { members: true, decks: true } },
    },
  });
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    ownerName: c.owner.name ?? c.owner.email,
    isOwn: c.ownerId === actor.id,
    members: c._count.members,
    decks: c._count.decks,
    createdAt: c.createdAt,
  }));
}
