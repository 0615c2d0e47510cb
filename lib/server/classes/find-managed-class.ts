import "server-only";
import { assertRole, hasRole, type Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { classIdSchema, parseInput } from "./class-input";

/** `manager` is the actor, checked: the owner or an admin. */
export type ManagedClassRef = { id: string; ownerId: string; manager: Actor };

/**
 * The class, when the actor may manage it: its owner (still an instructor) or an admin. Anyone
 * else gets NOT_FOUND, exactly as for a class that does not exist, so ids reveal nothing.
 */
export async function findManagedClass(actor: Actor | null, classId: string): Promise<ManagedClassRef> {
  assertRole(actor, "instructor");
  const id = parseInput(classIdSchema, classId, "classId");
  const found = await db.class.findUnique({ where: { id }, select: { id: true, ownerId: true } });
  if (!found || (found.ownerId !== actor.id && !hasRole(actor, "admin")))
    throw new AppError("NOT_FOUND", { message: "class not found" });
  return { ...found, manager: actor };
}
