// The vocabulary of the authorisation matrix: who calls (actor), at whose id (target), and what an
// entry of ENDPOINTS holds: who is allowed, the set-up, and a call that says whether it took effect.
import crypto from "node:crypto";
import { inject } from "vitest";
import type { HttpSession } from "../http-session";
import { callServerAction } from "../server-actions";
import { action } from "../http-accounts";

export const baseURL = inject("baseURL");
export const dataDir = inject("dataDir");
export const PASSWORD = "matrix-test-password-1";

export type ActorKind = "anonymous" | "learner" | "another instructor" | "owner or admin";
export type Target = "own id" | "someone else's id";
export type Person = { session: HttpSession; id: string; email: string; password: string };
export type Actor = { kind: ActorKind; session: HttpSession; person: Person | null };
export type Case = { actor: Actor; victim: Person; target: Target; fixture?: unknown };
export type Endpoint = {
  allowed: (kind: ActorKind, target: Target) => boolean;
  /**
   * The call may change who the actor or the victim is (password, sessions, role, the account
   * itself), so its cases get new accounts (see castFor); all other cases share one set.
   */
  spendsAccounts?: true;
  /** Set-up that must exist before the "before" snapshot (e.g. a review to try to undo). */
  prepare?: (c: Case) => Promise<unknown>;
  /** Makes the call and reports whether it took effect on its target. */
  call: (c: Case) => Promise<boolean>;
};

// Every simulated person speaks from its own address (the test server trusts X-Forwarded-For), so
// the wrong-password cases never throttle the sign-ins of the other cases.
export const freshIp = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
export const shortId = () => crypto.randomUUID().slice(0, 8);

export const signedInKind = (kind: ActorKind) => kind !== "anonymous";
export const instructorKind = (kind: ActorKind) => kind === "another instructor" || kind === "owner or admin";
export const ownOnly = (kind: ActorKind, target: Target) => signedInKind(kind) && target === "own id";
export const adminOrOwn = (kind: ActorKind, target: Target) =>
  target === "own id" ? signedInKind(kind) : kind === "owner or admin";
// Own resources need the instructor role still; anyone else's only an admin may touch.
export const instructorOwnOrAdmin = (kind: ActorKind, target: Target) =>
  target === "own id" ? instructorKind(kind) : kind === "owner or admin";

/**
 * Whose resource a case aims at: the actor's own when it has an account, else the victim's. A
 * learner's own deck, class or token is one left from when they were an instructor: still theirs
 * in the database, no longer theirs to manage.
 */
export const ownerOf = (c: Case): Person => (c.target === "own id" && c.actor.person ? c.actor.person : c.victim);

export const act = (c: Case, name: string, fields: Record<string, string>, withState: boolean) =>
  callServerAction(c.actor.session, action(name), fields, withState);

export const post = (c: Case, url: string, body: unknown, session = c.actor.session) =>
  session.fetch(url, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", origin: baseURL },
  });
