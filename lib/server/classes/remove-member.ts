import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { parseInput, userIdSchema } from "./class-input";
import { findManagedClass } from "./find-managed-class";

/** Takes a learner out of the class; their progress stays theirs. */
export async function removeMember(actor: Actor | null, classId: string, userId: string): Promise<void> {
  const found = await findManagedClass(actor, classId);
  const id = parseInput(userIdSchema, userId, "userId");
  const { count } = await db.classMember.deleteMany({ where: { classId: found.id, userId: id } });
  if (count === 0) throw new AppError("NOT_FOUND", { message: "not a member of this class" });
}
