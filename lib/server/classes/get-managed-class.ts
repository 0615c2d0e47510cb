import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { findManagedClass } from "./find-managed-class";

export type ManagedClass = {
  id: string;
  name: string;
  inviteCode: string;
  ownerName: string;
  isOwn: boolean;
  createdAt: Date;
};

/** One class with its invite code, for its owner or an admin; NOT_FOUND for anyone else. */
export async function getManagedClass(actor: Actor | null, classId: string): Promise<ManagedClass> {
  const found = await findManagedClass(actor, classId);
  const c = await db.class.findUniqueOrThrow({
    where: { id: found.id },
    select: { id: true, name: true, inviteCode: true, createdAt: true, owner: { select: { name: true, email: true } } },
  });
  return {
    id: c.id,
    name: c.name,
    inviteCode: c.inviteCode,
    ownerName: c.owner.name ?? c.owner.email,
    isOwn: found.ownerId === found.manager.id,
    createdAt: c.createdAt,
  };
}
