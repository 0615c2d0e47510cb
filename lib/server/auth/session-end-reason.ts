import "server-only";
import { db } from "../db";
import { readSessionToken } from "./current-user";

export type SessionEndReason = "roleChanged";

/**
 * Why the session cookie this browser still holds no longer signs anyone in, when we can tell the
 * person something useful: an admin changed their role (which ends their sessions, manage-users.ts).
 * Null for a live session, no cookie, or any other end (sign-out, password change).
 */
export async function sessionEndReason(): Promise<SessionEndReason | null> {
  const token = await readSessionToken();
  if (!token?.uid || typeof token.sv !== "number" || !token.rl) return null;
  const user = await db.user.findUnique({ where: { id: token.uid }, select: { role: true, sessionVersion: true } });
  if (!user || user.sessionVersion === token.sv) return null;
  return user.role !== token.rl ? "roleChanged" : null;
}
