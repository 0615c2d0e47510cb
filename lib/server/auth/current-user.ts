import "server-only";
import { cookies } from "next/headers";
import { AppError } from "../errors";
import type { SessionClaims } from "./decoded-token-cache";
import { actorFromClaims, claimsOf, SESSION_COOKIES, type Actor } from "./session-actor";
import { roleAtLeast, type Role } from "@/lib/core/auth/roles";

export { ROLES, type Role } from "@/lib/core/auth/roles";
export type { Actor } from "./session-actor";

/**
 * The session token from the cookie, decrypted and checked for expiry. Reading it directly instead
 * of through getServerSession avoids re-encrypting a fresh token on every request, which
 * getServerSession does and then cannot store from a server component or route handler anyway.
 */
export async function readSessionToken(): Promise<SessionClaims | null> {
  const jar = await cookies();
  const token = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return token ? claimsOf(token) : null;
}

/**
 * The signed-in user, or null (see actorFromClaims: a session whose version no longer matches the
 * user's counts as signed out).
 */
export async function getCurrentUser(): Promise<Actor | null> {
  return actorFromClaims(await readSessionToken());
}

export async function requireUser(): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  return user;
}

export function hasRole(actor: Actor | null, role: Role): actor is Actor {
  return !!actor && roleAtLeast(actor.role, role);
}

export function assertRole(actor: Actor | null, role: Role): asserts actor is Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (!hasRole(actor, role)) throw new AppError("FORBIDDEN");
}
