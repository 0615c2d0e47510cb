// The people of the matrix. Accounts are made through the real sign-up and role actions, which
// costs a few password hashes each on the server, so one learner, one instructor, one admin and one
// victim serve every case whose call cannot change who they are (see Endpoint.spendsAccounts). The
// endpoints' checks therefore compare with what was there before, never with an empty account.
import { inject } from "vitest";
import { HttpSession } from "../http-session";
import { callServerAction } from "../server-actions";
import { action, signedIn, signUp } from "../http-accounts";
import { uniqueEmail } from "../accounts";
import {
  baseURL,
  freshIp,
  PASSWORD,
  type Actor,
  type ActorKind,
  type Endpoint,
  type Person,
  type Target,
} from "./case";
import { insertDraftDeck, userId } from "./db";

type Role = "learner" | "instructor" | "admin";
type World = {
  actors: Record<Exclude<ActorKind, "anonymous">, Person>;
  victim: Person;
  bystander: Person; // owns the draft deck; a class member who is neither actor nor victim
  draft: { slug: string; cardId: string };
  publicCardIds: string[]; // the built-in deck's front cards; each study endpoint uses one of its own
};

/** What every case may aim at, made once by setUpWorld(). */
export const world = {} as World;

let adminSession: Promise<HttpSession> | null = null;
export function asAdmin(): Promise<HttpSession> {
  const admin = inject("admin");
  adminSession ??= signedIn(baseURL, admin.email, admin.password, freshIp());
  return adminSession;
}

/** A new account with `role`, made as people get theirs: sign-up, then (not a learner) the admin's role action. */
export async function person(role: Role): Promise<Person> {
  const email = uniqueEmail(role);
  const ip = freshIp();
  await signUp(new HttpSession(baseURL, ip), email, PASSWORD);
  const id = userId(email);
  if (role !== "learner") {
    const result = await callServerAction(await asAdmin(), action("changeRoleAction"), { userId: id, role }, true);
    if (!result.text.includes('"ok":true'))
      throw new Error(`could not make ${email} an ${role}: ${result.text.slice(0, 200)}`);
  }
  return { session: await signedIn(baseURL, email, PASSWORD, ip), id, email, password: PASSWORD };
}

const ROLE_OF: Record<Exclude<ActorKind, "anonymous">, Role> = {
  learner: "learner",
  "another instructor": "instructor",
  "owner or admin": "admin",
};

/** The shared accounts and the draft deck. */
export async function setUpWorld(): Promise<void> {
  const [learner, instructor, admin, victim, bystander] = await Promise.all([
    person("learner"),
    person("instructor"),
    person("admin"),
    person("learner"),
    person("instructor"),
  ]);
  const { publicCardIds, ...draft } = insertDraftDeck(bystander.id);
  Object.assign(world, {
    actors: { learner, "another instructor": instructor, "owner or admin": admin },
    victim,
    bystander,
    draft,
    publicCardIds,
  } satisfies World);
}

const ownJar = (p: Person): Person => ({ ...p, session: p.session.clone() });

/**
 * The actor and victim of one case: the shared ones, each in a cookie jar of its own, except where
 * the endpoint spends accounts. Then every signed-in actor is new, and so is the victim of a case
 * allowed to act on someone else's id; a refused case that changes the shared victim fails anyway
 * (its snapshot covers the victim's rows).
 */
export async function castFor(
  endpoint: Endpoint,
  kind: ActorKind,
  target: Target,
): Promise<{ actor: Actor; victim: Person }> {
  const spends = !!endpoint.spendsAccounts;
  const [actor, victim] = await Promise.all([
    kind === "anonymous" ? null : spends ? person(ROLE_OF[kind]) : ownJar(world.actors[kind]),
    spends && target === "someone else's id" && endpoint.allowed(kind, target)
      ? person("learner")
      : ownJar(world.victim),
  ]);
  return { actor: { kind, session: actor?.session ?? new HttpSession(baseURL, freshIp()), person: actor }, victim };
}
