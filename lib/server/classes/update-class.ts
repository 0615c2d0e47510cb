import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { classNameSchema, parseInput } from "./class-input";
import { newInviteCode } from "./create-class";
import { findManagedClass } from "./find-managed-class";

export async function renameClass(actor: Actor | null, classId: string, input: { name: string }): Promise<void> {
  const found = await findManagedClass(actor, classId);
  const name = parseInput(classNameSchema, input.name, "name");
  await db.class.update({ where: { id: found.id }, data: { name } });
}

/** A new invite code; links with the old one stop working at once. Members stay members. */
export async function regenerateInvite(actor: Actor | null, classId: string): Promise<{ inviteCode: string }> {
  const found = await findManagedClass(actor, classId);
  return db.class.update({
    where: { id: found.id },
    data: { inviteCode: newInviteCode() },
    select: { inviteCode: true },
  });
}

/** Removes the class, its memberships and deck choices; the decks and learners' progress stay. */
export async function deleteClass(actor: Actor | null, classId: string): Promise<void> {
  const found = await findManagedClass(actor, classId);
  await db.class.delete({ where: { id: found.id } });
}
