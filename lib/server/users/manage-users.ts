import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { assertRole, ROLES, type Actor, type Role } from "../auth/current-user";

export async function listUsers({ actor }: { actor: Actor | null }) {
  assertRole(actor, "admin");
  return db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, email: true, name: true, role: true, createdAt: true } });
}

/** Admin only. A role change ends the person's sessions; the last admin cannot be demoted. */
export async function changeUserRole({ actor, userId, role }: { actor: Actor | null; userId: string; role: Role }): Promise<void> {
  assertRole(actor, "admin");
  if (!ROLES.includes(role)) throw new AppError("INVALID_INPUT");
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!target) throw new AppError("NOT_FOUND");
    if (target.role === role) return;
    if (target.role === "admin" && (await tx.user.count({ where: { role: "admin" } })) <= 1) {
      throw new AppError("CONFLICT", { message: "last-admin" });
    }
    await tx.user.update({ where: { id: userId }, data: { role, sessionVersion: { increment: 1 } } });
  });
}
