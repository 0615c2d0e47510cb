import "server-only";
import { normalizeEmail } from "@/lib/core/auth/normalize-email";
import { db } from "../db";
import { findPasswordProblem, hashPassword } from "../auth/passwords";
import type { Role } from "@/lib/core/auth/roles";

/**
 * Operator tool behind `npm run user:ensure` (shell access to the server is the authority here; no
 * HTTP route reaches it): creates the account or resets its password and role, ending its sessions.
 */
export async function ensureUser(input: {
  email: string;
  password: string;
  role: Role;
}): Promise<{ id: string; created: boolean }> {
  const problem = findPasswordProblem(input.password);
  if (problem) throw new Error(`password refused: ${problem}`);
  const email = normalizeEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) {
    await db.user.update({
      where: { id: existing.id },
      data: { passwordHash, role: input.role, sessionVersion: { increment: 1 } },
    });
    return { id: existing.id, created: false };
  }
  const user = await db.user.create({ data: { email, passwordHash, role: input.role }, select: { id: true } });
  return { id: user.id, created: true };
}
