import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { assertRole, ROLES, type Actor, type Role } from "../auth/current-user";
import { roleAtLeast } from "@/lib/core/auth/roles";
import { lockAdminChanges } from "./admin-change-lock";

export async function listUsers({ actor }: { actor: Actor | null }) {
  assertRole(actor, "admin");
  return db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}

/** Admin only. A role change ends the person's sessions; the last admin cannot be demoted. */
export async function changeUserRole({
  actor,
  userId,
  role,
}: {
  actor: Actor | null;
  userId: string;
  role: Role;
}): Promise<void> {
  assertRole(actor, "admin");
  if (!ROLES.includes(role)) throw new AppError("INVALID_INPUT");
  const target = await db.user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!target) throw new AppError("NOT_FOUND");
  if (target.role === role) return;
  // The last-admin rule is part of the UPDATE itself, so two admins demoting each other at once
  // (in any number of processes) cannot leave the instance without one.
  const [, changed] = await db.$transaction([
    lockAdminChanges(),
    db.$executeRaw`
      UPDATE "User" SET "role" = ${role}, "sessionVersion" = "sessionVersion" + 1
      WHERE "id" = ${userId} AND ("role" <> 'admin' OR ${role} = 'admin' OR (SELECT count(*) FROM "User" WHERE "role" = 'admin') > 1)`,
  ]);
  if (changed === 0) throw new AppError("CONFLICT", { message: "last-admin" });
  // Tokens act with their owner's role, checked on each use; a demotion revokes them for good, so
  // promoting the person again later does not bring old (possibly leaked) tokens back to life.
  if (!roleAtLeast(role, "instructor"))
    await db.apiToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
}
