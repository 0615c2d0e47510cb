// Every server action and route handler × {anonymous, learner, another instructor, owner or admin}
// × {own id, someone else's id}, over real HTTP against the running server. An unauthorised call must
// not succeed against its target and must leave the database as it was (apart from the caller's own
// account, which self-service endpoints may legitimately touch). New endpoints fail the test until
// they are added here.
import Database from "better-sqlite3";
import path from "node:path";
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { HttpSession } from "./support/http-session";
import { callServerAction } from "./support/server-actions";
import { action, createAccount, signedIn, whoAmI } from "./support/http-accounts";
import { snapshotDatabase } from "./support/db-snapshot";
import { discoverEndpoints } from "./support/discover-endpoints";
import { uniqueEmail } from "./support/accounts";
import { emptyDraft } from "@/lib/core/editor/deck-draft";
import { serializeDeck } from "@/lib/core/content/serialize-deck";
import type { DeckItemInput } from "@/lib/core/content/deck-schema";

const baseURL = inject("baseURL");
const dataDir = inject("dataDir");
const admin = inject("admin");
const PASSWORD = "matrix-test-password-1";

type ActorKind = "anonymous" | "learner" | "another instructor" | "owner or admin";
type Target = "own id" | "someone else's id";
type Person = { session: HttpSession; id: string; email: string; password: string };
type Actor = { kind: ActorKind; session: HttpSession; person: Person | null };
type Case = { actor: Actor; victim: Person; target: Target; fixture?: unknown };
type Endpoint = {
  allowed: (kind: ActorKind, target: Target) => boolean;
  /** Set-up that must exist before the "before" snapshot (e.g. a review to try to undo). */
  prepare?: (c: Case) => Promise<unknown>;
  call: (c: Case) => Promise<boolean>;
};

const signedInKind = (kind: ActorKind) => kind !== "anonymous";
// Every simulated person speaks from its own address (the test server trusts X-Forwarded-For), so
// the wrong-password cases below never throttle the sign-ins of the other cases.
const freshIp = () => `198.18.${crypto.randomInt(256)}.${crypto.randomInt(1, 255)}`;
const ownOnly = (kind: ActorKind, target: Target) => signedInKind(kind) && target === "own id";

function userRow(id: string): { role: string; sessionVersion: number } | undefined {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    return db.prepare('SELECT role, sessionVersion FROM "User" WHERE id = ?').get(id) as { role: string; sessionVersion: number } | undefined;
  } finally {
    db.close();
  }
}

async function person(role: "learner" | "instructor" | "admin"): Promise<Person> {
  const email = uniqueEmail(role);
  const ip = freshIp();
  const session = await createAccount(baseURL, email, PASSWORD, ip);
  const { id } = (await whoAmI(session))!;
  if (role === "learner") return { session, id, email, password: PASSWORD };
  const adminSession = await signedIn(baseURL, admin.email, admin.password, freshIp());
  const result = await callServerAction(adminSession, action("app/actions/admin.ts", "changeRoleAction"), { userId: id, role }, true);
  if (!result.text.includes('"ok":true')) throw new Error("could not set up the role");
  return { session: await signedIn(baseURL, email, PASSWORD, ip), id, email, password: PASSWORD };
}

async function makeActor(kind: ActorKind): Promise<Actor> {
  if (kind === "anonymous") return { kind, session: new HttpSession(baseURL, freshIp()), person: null };
  const p = await person(kind === "learner" ? "learner" : kind === "another instructor" ? "instructor" : "admin");
  return { kind, session: p.session, person: p };
}

const act = (c: Case, file: string, name: string, fields: Record<string, string>, withState: boolean) =>
  callServerAction(c.actor.session, action(file, name), fields, withState);

const ENDPOINTS: Record<string, Endpoint> = {
  "action app/actions/set-locale.ts#setLocaleAction": {
    allowed: () => true, // a display preference in the caller's own cookie; touches no data
    call: async (c) => {
      await act(c, "app/actions/set-locale.ts", "setLocaleAction", { locale: "en", userId: c.victim.id }, false);
      return c.actor.session.getCookie("NEXT_LOCALE") === "en";
    },
  },
  "action app/actions/sign-up.ts#signUpAction": {
    allowed: (kind, target) => kind === "anonymous" && target === "own id",
    call: async (c) => {
      const email = c.target === "own id" ? uniqueEmail("new") : c.victim.email;
      return (await act(c, "app/actions/sign-up.ts", "signUpAction", { email, password: PASSWORD, name: "" }, true)).text.includes('"ok":true');
    },
  },
  "action app/actions/account.ts#changePasswordAction": {
    allowed: ownOnly,
    call: async (c) => {
      const fields: Record<string, string> = c.target === "own id" ? { currentPassword: c.actor.person?.password ?? PASSWORD } : { currentPassword: c.victim.password, userId: c.victim.id };
      const result = await act(c, "app/actions/account.ts", "changePasswordAction", { ...fields, newPassword: "changed-password-123" }, true);
      if (c.target === "own id") return result.redirect?.includes("passwordChanged") ?? false;
      return (await new HttpSession(baseURL, freshIp()).signIn(c.victim.email, "changed-password-123")).status === 200;
    },
  },
  "action app/actions/account.ts#signOutEverywhereAction": {
    allowed: ownOnly,
    call: async (c) => {
      const before = userRow(c.target === "own id" ? (c.actor.person?.id ?? "") : c.victim.id)?.sessionVersion;
      await act(c, "app/actions/account.ts", "signOutEverywhereAction", { userId: c.victim.id }, false);
      const after = userRow(c.target === "own id" ? (c.actor.person?.id ?? "") : c.victim.id)?.sessionVersion;
      return before !== undefined && after !== before;
    },
  },
  "action app/actions/account.ts#deleteAccountAction": {
    allowed: ownOnly,
    call: async (c) => {
      const target = c.target === "own id" ? c.actor.person : c.victim;
      await act(c, "app/actions/account.ts", "deleteAccountAction", { confirmEmail: target?.email ?? c.victim.email, userId: c.victim.id }, true);
      return target ? userRow(target.id) === undefined : false;
    },
  },
  "action app/actions/admin.ts#changeRoleAction": {
    allowed: (kind) => kind === "owner or admin",
    call: async (c) => {
      const targetId = c.target === "own id" ? (c.actor.person?.id ?? "no-such-user") : c.victim.id;
      const role = c.target === "own id" ? "admin" : "instructor";
      const result = await act(c, "app/actions/admin.ts", "changeRoleAction", { userId: targetId, role }, true);
      return result.text.includes('"ok":true') && userRow(targetId)?.role === role;
    },
  },
  "GET /api/health": { allowed: () => true, call: async (c) => (await c.actor.session.fetch("/api/health")).status === 200 },
  "GET /api/v1/me/export": {
    allowed: ownOnly,
    call: async (c) => {
      const query = c.target === "own id" ? "" : `?userId=${c.victim.id}&email=${encodeURIComponent(c.victim.email)}`;
      const response = await c.actor.session.fetch(`/api/v1/me/export${query}`);
      const text = response.status === 200 ? await response.text() : "";
      return c.target === "own id" ? text.includes(c.actor.person?.email ?? "\u0000") : text.includes(c.victim.email) || text.includes(c.victim.id);
    },
  },
  "GET /api/auth/[...nextauth]": {
    allowed: (_kind, target) => target === "own id", // next-auth's public endpoints; the session it returns is the caller's
    call: async (c) => {
      const response = await c.actor.session.fetch("/api/auth/session");
      const text = await response.text();
      return c.target === "own id" ? response.status === 200 : text.includes(c.victim.id);
    },
  },
  "POST /api/auth/[...nextauth]": {
    allowed: ownOnly, // signing in as yourself; never as someone else without their password
    call: async (c) => {
      const fresh = new HttpSession(baseURL, freshIp());
      const response = c.target === "own id" ? await fresh.signIn(c.actor.person?.email ?? uniqueEmail("ghost"), PASSWORD) : await fresh.signIn(c.victim.email, "not-the-victims-password");
      return response.status === 200 && !!fresh.sessionToken();
    },
  },
};

// A deck only its owner (and admins) may study: the "someone else's id" target of the study endpoints.
const DRAFT = { slug: `draft-${crypto.randomUUID().slice(0, 8)}`, cardId: "" };
let publicCardIds: string[] = [];

function createDraftDeck(ownerId: string): void {
  const db = new Database(path.join(dataDir, "kubedrill.db"));
  try {
    const deckId = crypto.randomUUID();
    const itemId = crypto.randomUUID();
    DRAFT.cardId = `${DRAFT.slug}:secret#0`;
    const now = new Date().toISOString();
    db.prepare('INSERT INTO "Deck" (id, slug, title, origin, ownerId, sections, isPublished, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)').run(deckId, DRAFT.slug, "Draft", "editor", ownerId, "[]", now, now);
    db.prepare('INSERT INTO "Item" (id, deckId, key, type, section, position, body, answer, explanation, sources, contentHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)').run(itemId, deckId, "secret", "basic", "s", '{"front":"draft question"}', '{"back":"draft answer","reversed":false}', "x", '{"notes":"n"}', "h", now, now);
    db.prepare('INSERT INTO "Card" (id, deckId, itemId, ordinal, kind, position) VALUES (?, ?, ?, 0, ?, 0)').run(DRAFT.cardId, deckId, itemId, "front");
    db.prepare('INSERT INTO "Item" (id, deckId, key, type, section, position, body, answer, explanation, sources, contentHash, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)').run(crypto.randomUUID(), deckId, "secret-tf", "truefalse", "s", '{"statement":"draft statement"}', '{"answer":true}', "x", '{"notes":"n"}', "h2", now, now);
    publicCardIds = (db.prepare('SELECT c.id FROM "Card" c JOIN "Deck" d ON d.id = c.deckId WHERE d.slug = ? AND c.kind = ? ORDER BY c.position').all("kubernetes-workloads", "front") as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
}

const studyCard = (c: Case, index: number) => (c.target === "own id" ? publicCardIds[index] : DRAFT.cardId);
const adminOrOwn = (kind: ActorKind, target: Target) => (target === "own id" ? signedInKind(kind) : kind === "owner or admin");
const post = (c: Case, url: string, body: unknown, session = c.actor.session) =>
  session.fetch(url, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json", origin: baseURL } });
const newReview = (cardId: string) => ({ reviewId: crypto.randomUUID(), cardId, rating: 3, expectedReps: 0, reviewedAt: new Date().toISOString(), durationMs: 1000 });

Object.assign(ENDPOINTS, {
  "GET /api/v1/decks/[slug]/queue": {
    allowed: adminOrOwn,
    call: async (c: Case) => (await c.actor.session.fetch(`/api/v1/decks/${c.target === "own id" ? "kubernetes-workloads" : DRAFT.slug}/queue`)).status === 200,
  },
  "POST /api/v1/reviews": {
    allowed: adminOrOwn,
    call: async (c: Case) => {
      const response = await post(c, "/api/v1/reviews", { reviews: [newReview(studyCard(c, 0))] });
      return response.status === 200 && ((await response.json()) as { results: { status: string }[] }).results[0].status === "recorded";
    },
  },
  "POST /api/v1/reviews/undo": {
    allowed: ownOnly,
    prepare: async (c: Case) => {
      const owner = c.target === "own id" ? c.actor.session : c.victim.session;
      const review = newReview(publicCardIds[1]);
      if (c.target === "someone else's id" || signedInKind(c.actor.kind)) {
        const recorded = await post(c, "/api/v1/reviews", { reviews: [review] }, owner);
        if (recorded.status !== 200) throw new Error("fixture review failed");
      }
      return review.reviewId;
    },
    call: async (c: Case) => (await post(c, "/api/v1/reviews/undo", { reviewId: c.fixture })).status === 200,
  },
  "POST /api/v1/cards/[cardId]/reveal": {
    allowed: adminOrOwn,
    call: async (c: Case) => {
      const response = await post(c, `/api/v1/cards/${encodeURIComponent(studyCard(c, 2))}/reveal`, {});
      return response.status === 200 && (await response.text()).includes("answerHtml");
    },
  },
  "POST /api/v1/cards/[cardId]/flag": {
    allowed: adminOrOwn,
    call: async (c: Case) => (await post(c, `/api/v1/cards/${encodeURIComponent(studyCard(c, 3))}/flag`, { action: "bury" })).status === 200,
  },
  "GET /api/v1/decks/[slug]/offline": {
    // The offline pack carries answer sides: only for decks the caller may study (a draft: its owner or an admin).
    allowed: adminOrOwn,
    call: async (c: Case) => {
      const response = await c.actor.session.fetch(`/api/v1/decks/${c.target === "own id" ? "kubernetes-workloads" : DRAFT.slug}/offline`);
      return response.status === 200 && ((await response.json()) as { cards?: unknown[] }).cards!.length > 0;
    },
  },
  "POST /api/v1/cram": {
    allowed: adminOrOwn,
    call: async (c: Case) => {
      const entry = { cramId: crypto.randomUUID(), cardId: studyCard(c, 4), rating: 3, reviewedAt: new Date().toISOString(), durationMs: 900 };
      const response = await post(c, "/api/v1/cram", { entries: [entry] });
      return response.status === 200 && ((await response.json()) as { results: { status: string }[] }).results[0]?.status === "recorded";
    },
  },
  "GET /sw.js": {
    allowed: () => true, // the same static service worker for everyone; holds no data
    call: async (c: Case) => {
      const response = await c.actor.session.fetch("/sw.js");
      return response.status === 200 && (await response.text()).includes("kubedrill-pages");
    },
  },
} satisfies Record<string, Endpoint>);

/** A quiz attempt of `owner` over HTTP (types typed+kubectl so that its misses have cards). */
async function startQuiz(owner: HttpSession, finish = false): Promise<string> {
  const created = await callServerAction(owner, action("app/actions/quiz.ts", "createQuizAction"), { deckSlug: "kubernetes-workloads", length: "3", mode: "practice", types: "typed" }, true);
  const attemptId = created.redirect?.split(";")[0].split("/").pop();
  if (!attemptId) throw new Error(`fixture quiz failed: ${created.status}`);
  if (finish) await callServerAction(owner, action("app/actions/quiz.ts", "finishQuizAction"), { attemptId }, false);
  return attemptId;
}

function count(sql: string, ...args: unknown[]): number {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    return (db.prepare(sql).get(...args) as { n: number }).n;
  } finally {
    db.close();
  }
}

const attemptOwner = (c: Case) => (c.target === "own id" && c.actor.person ? c.actor.session : c.victim.session);
const attemptOwnerId = (c: Case) => (c.target === "own id" && c.actor.person ? c.actor.person.id : c.victim.id);

Object.assign(ENDPOINTS, {
  "action app/actions/quiz.ts#createQuizAction": {
    allowed: adminOrOwn,
    call: async (c: Case) => {
      const deckSlug = c.target === "own id" ? "kubernetes-workloads" : DRAFT.slug;
      const result = await act(c, "app/actions/quiz.ts", "createQuizAction", { deckSlug, length: "3", mode: "practice" }, true);
      return !!result.redirect?.startsWith("/quiz/");
    },
  },
  "action app/actions/quiz.ts#finishQuizAction": {
    allowed: ownOnly,
    prepare: (c: Case) => startQuiz(attemptOwner(c)),
    call: async (c: Case) => {
      await act(c, "app/actions/quiz.ts", "finishQuizAction", { attemptId: String(c.fixture) }, false);
      return count('SELECT count(*) AS n FROM "QuizAttempt" WHERE id = ? AND finishedAt IS NOT NULL', c.fixture) === 1;
    },
  },
  "action app/actions/quiz.ts#reviewMissesAction": {
    allowed: ownOnly,
    prepare: (c: Case) => startQuiz(attemptOwner(c), true),
    call: async (c: Case) => {
      await act(c, "app/actions/quiz.ts", "reviewMissesAction", { attemptId: String(c.fixture), deckSlug: "kubernetes-workloads" }, false);
      return count('SELECT count(*) AS n FROM "CardState" WHERE userId = ? AND priorityDay IS NOT NULL', attemptOwnerId(c)) > 0;
    },
  },
  "action app/actions/study-settings.ts#saveStudySettingsAction": {
    allowed: adminOrOwn,
    call: async (c: Case) => {
      const fields = { timeZone: "UTC", rolloverHour: "5", desiredRetention: "0.85", deckSlug: c.target === "own id" ? "kubernetes-workloads" : DRAFT.slug, newPerDay: "7", reviewsPerDay: "70", deckRetention: "" };
      return (await act(c, "app/actions/study-settings.ts", "saveStudySettingsAction", fields, true)).text.includes('"ok":true');
    },
  },
  "POST /api/v1/quizzes/[attemptId]/answers": {
    allowed: ownOnly,
    prepare: (c: Case) => startQuiz(attemptOwner(c)),
    call: async (c: Case) => (await post(c, `/api/v1/quizzes/${c.fixture}/answers`, { index: 0, response: { text: "ClusterFirst" } })).status === 200,
  },
} satisfies Record<string, Endpoint>);

// Instructor decks, API tokens and classes. Their fixtures are written straight into the database
// (as createDeck, createApiToken and createClass would write them) before the "before" snapshot.
const instructorKind = (kind: ActorKind) => kind === "another instructor" || kind === "owner or admin";
// Own resources need the instructor role still; anyone else's only an admin may touch.
const instructorOwnOrAdmin = (kind: ActorKind, target: Target) => (target === "own id" ? instructorKind(kind) : kind === "owner or admin");
/**
 * Whose resource a case aims at: the actor's own when it has an account, else the victim's. A
 * learner's own deck, class or token is one left from when they were an instructor: still theirs
 * in the database, no longer theirs to manage.
 */
const ownerOf = (c: Case): Person => (c.target === "own id" && c.actor.person ? c.actor.person : c.victim);
const shortId = () => crypto.randomUUID().slice(0, 8);
let bystander: Person; // owns the draft deck; a class member who is neither actor nor victim

function run(sql: string, ...args: unknown[]): void {
  const db = new Database(path.join(dataDir, "kubedrill.db"));
  try {
    db.prepare(sql).run(...args);
  } finally {
    db.close();
  }
}

const SECRET_ITEM: DeckItemInput = { id: "secret-item", type: "basic", section: "general", front: "Only the deck's owner sees this question", back: "owner answer" };

/** An unpublished instructor deck of `ownerId`, with one item in its draft, as the editor leaves it. */
function insertDeck(ownerId: string): string {
  const slug = `deck-${shortId()}`;
  const draft = emptyDraft(slug, "Matrix deck", "en", "General");
  draft.items.push(SECRET_ITEM);
  const now = new Date().toISOString();
  run('INSERT INTO "Deck" (id, slug, title, language, kubernetesVersion, origin, ownerId, sections, isPublished, draft, draftUpdatedAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)',
    crypto.randomUUID(), slug, "Matrix deck", "en", draft.front.kubernetesVersion, "editor", ownerId, JSON.stringify(draft.front.sections), JSON.stringify(draft), now, now, now);
  return slug;
}

/** The deck's draft JSON as stored, or null when there is no such deck. */
function deckDraft(slug: string): string | null {
  const db = new Database(path.join(dataDir, "kubedrill.db"), { readonly: true });
  try {
    return (db.prepare('SELECT draft FROM "Deck" WHERE slug = ?').get(slug) as { draft: string } | undefined)?.draft ?? null;
  } finally {
    db.close();
  }
}

/** A live API token of `userId`, stored as createApiToken stores it (only its SHA-256). */
function insertToken(userId: string): { id: string; token: string } {
  const id = crypto.randomUUID();
  const token = `kd_${crypto.randomBytes(32).toString("base64url")}`;
  run('INSERT INTO "ApiToken" (id, userId, name, prefix, tokenHash, createdAt) VALUES (?, ?, ?, ?, ?, ?)', id, userId, "matrix", token.slice(0, 10), crypto.createHash("sha256").update(token).digest("hex"), new Date().toISOString());
  return { id, token };
}

type ClassFixture = { id: string; inviteCode: string };
function insertClass(ownerId: string, memberId?: string): ClassFixture {
  const fixture = { id: crypto.randomUUID(), inviteCode: crypto.randomBytes(16).toString("base64url") };
  const now = new Date().toISOString();
  run('INSERT INTO "Class" (id, name, ownerId, inviteCode, createdAt) VALUES (?, ?, ?, ?, ?)', fixture.id, "Matrix class", ownerId, fixture.inviteCode, now);
  if (memberId) run('INSERT INTO "ClassMember" (classId, userId, joinedAt) VALUES (?, ?, ?)', fixture.id, memberId, now);
  return fixture;
}
const isMember = (classId: string, userId: string) => count('SELECT count(*) AS n FROM "ClassMember" WHERE classId = ? AND userId = ?', classId, userId) === 1;

const INSTRUCTOR_ACTIONS = "app/actions/instructor.ts";
const TOKEN_ACTIONS = "app/actions/api-tokens.ts";
const CLASS_ACTIONS = "app/actions/classes.ts";

Object.assign(ENDPOINTS, {
  "action app/actions/instructor.ts#createDeckAction": {
    // Someone else's id: the slug of the victim's deck, which creating must never take over.
    allowed: (kind: ActorKind, target: Target) => target === "own id" && instructorKind(kind),
    prepare: async (c: Case) => (c.target === "own id" ? `new-${shortId()}` : insertDeck(c.victim.id)),
    call: async (c: Case) => {
      const slug = String(c.fixture);
      await act(c, INSTRUCTOR_ACTIONS, "createDeckAction", { slug, title: "Created by the matrix", language: "en", sectionTitle: "General" }, true);
      return count('SELECT count(*) AS n FROM "Deck" WHERE slug = ? AND title = ?', slug, "Created by the matrix") === 1;
    },
  },
  "action app/actions/instructor.ts#saveDeckMetaAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertDeck(ownerOf(c).id),
    call: async (c: Case) => {
      const slug = String(c.fixture);
      const fields = { slug, title: "Renamed by the matrix", description: "", language: "en", sectionId: "general", sectionTitle: "General" };
      const result = await act(c, INSTRUCTOR_ACTIONS, "saveDeckMetaAction", fields, true);
      return result.text.includes('"ok":true') && (deckDraft(slug) ?? "").includes("Renamed by the matrix");
    },
  },
  "action app/actions/instructor.ts#publishDeckAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertDeck(ownerOf(c).id),
    call: async (c: Case) => {
      await act(c, INSTRUCTOR_ACTIONS, "publishDeckAction", { slug: String(c.fixture) }, true);
      return count('SELECT count(*) AS n FROM "Deck" WHERE slug = ? AND isPublished = 1 AND publishedVersion = 1', c.fixture) === 1;
    },
  },
  "action app/actions/api-tokens.ts#createTokenAction": {
    // A token is always the caller's own: a userId smuggled into the form must not make one for the victim.
    allowed: (kind: ActorKind, target: Target) => target === "own id" && instructorKind(kind),
    call: async (c: Case) => {
      const holder = c.target === "own id" ? c.actor.person?.id : c.victim.id;
      const fields: Record<string, string> = c.target === "own id" ? { name: "matrix" } : { name: "matrix", userId: c.victim.id };
      const result = await act(c, TOKEN_ACTIONS, "createTokenAction", fields, true);
      const created = !!holder && count('SELECT count(*) AS n FROM "ApiToken" WHERE userId = ?', holder) === 1;
      return created && (c.target === "someone else's id" || result.text.includes("kd_"));
    },
  },
  "action app/actions/api-tokens.ts#revokeTokenAction": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => insertToken(ownerOf(c).id).id,
    call: async (c: Case) => {
      await act(c, TOKEN_ACTIONS, "revokeTokenAction", { tokenId: String(c.fixture) }, false);
      return count('SELECT count(*) AS n FROM "ApiToken" WHERE id = ? AND revokedAt IS NOT NULL', c.fixture) === 1;
    },
  },
} satisfies Record<string, Endpoint>);

/** A class-management action, aimed at a class of ownerOf(c) that has the bystander as a member. */
function manageClass(name: string, fields: (cls: ClassFixture) => Record<string, string>, tookEffect: (cls: ClassFixture) => boolean): Endpoint {
  return {
    allowed: instructorOwnOrAdmin,
    prepare: async (c) => insertClass(ownerOf(c).id, bystander.id),
    call: async (c) => {
      const cls = c.fixture as ClassFixture;
      await act(c, CLASS_ACTIONS, name, fields(cls), true);
      return tookEffect(cls);
    },
  };
}

const classCount = (where: string, ...args: unknown[]) => count(`SELECT count(*) AS n FROM "Class" WHERE ${where}`, ...args);

Object.assign(ENDPOINTS, {
  "action app/actions/classes.ts#createClassAction": {
    // A class is always its creator's: with someone else's id an ownerId smuggled into the form must
    // be ignored, so the target changes nothing about who may create.
    allowed: (kind: ActorKind) => instructorKind(kind),
    call: async (c: Case) => {
      const name = `Class ${shortId()}`;
      const fields: Record<string, string> = c.target === "own id" ? { name } : { name, ownerId: c.victim.id };
      await act(c, CLASS_ACTIONS, "createClassAction", fields, true);
      return !!c.actor.person && classCount("name = ? AND ownerId = ?", name, c.actor.person.id) === 1 && classCount("ownerId = ?", c.victim.id) === 0;
    },
  },
  "action app/actions/classes.ts#renameClassAction": manageClass("renameClassAction", (cls) => ({ classId: cls.id, name: "Renamed class" }), (cls) => classCount("id = ? AND name = ?", cls.id, "Renamed class") === 1),
  "action app/actions/classes.ts#regenerateInviteAction": manageClass("regenerateInviteAction", (cls) => ({ classId: cls.id }), (cls) => classCount("id = ? AND inviteCode <> ?", cls.id, cls.inviteCode) === 1),
  "action app/actions/classes.ts#deleteClassAction": manageClass("deleteClassAction", (cls) => ({ classId: cls.id }), (cls) => classCount("id = ?", cls.id) === 0),
  "action app/actions/classes.ts#setClassDecksAction": manageClass(
    "setClassDecksAction",
    (cls) => ({ classId: cls.id, deckSlugs: "kubernetes-workloads" }),
    (cls) => count('SELECT count(*) AS n FROM "ClassDeck" WHERE classId = ?', cls.id) === 1,
  ),
  "action app/actions/classes.ts#removeMemberAction": manageClass("removeMemberAction", (cls) => ({ classId: cls.id, userId: bystander.id }), (cls) => !isMember(cls.id, bystander.id)),
  "action app/actions/classes.ts#joinClassAction": {
    // Own id: the caller joins with a current code. Someone else's id: a userId smuggled into the
    // form must never enrol the victim.
    allowed: ownOnly,
    prepare: async () => insertClass(bystander.id),
    call: async (c: Case) => {
      const cls = c.fixture as ClassFixture;
      const joiner = c.target === "own id" ? c.actor.person?.id : c.victim.id;
      const fields: Record<string, string> = c.target === "own id" ? { code: cls.inviteCode } : { code: cls.inviteCode, userId: c.victim.id };
      await act(c, CLASS_ACTIONS, "joinClassAction", fields, true);
      return !!joiner && isMember(cls.id, joiner);
    },
  },
  "action app/actions/classes.ts#leaveClassAction": {
    allowed: ownOnly,
    prepare: async (c: Case) => insertClass(bystander.id, ownerOf(c).id),
    call: async (c: Case) => {
      const cls = c.fixture as ClassFixture;
      const fields: Record<string, string> = c.target === "own id" ? { classId: cls.id } : { classId: cls.id, userId: c.victim.id };
      await act(c, CLASS_ACTIONS, "leaveClassAction", fields, true);
      return !isMember(cls.id, ownerOf(c).id);
    },
  },
} satisfies Record<string, Endpoint>);

/**
 * The deck endpoints aim at a deck of ownerOf(c). Import and export also take API tokens: own decks
 * are tried with the session (same-origin, as the import page does), someone else's with the
 * actor's own token when it has one (as CI does; a learner's is one left from when they were an
 * instructor), so each way in meets both an allowed and a refused case.
 */
type DeckFixture = { slug: string; token: string | null };
const deckFixture = (c: Case, slug = insertDeck(ownerOf(c).id)): DeckFixture => ({ slug, token: c.target === "someone else's id" && c.actor.person ? insertToken(c.actor.person.id).token : null });
const deckOf = (c: Case) => c.fixture as DeckFixture;

function deckApi(c: Case, url: string, init: { method?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  const { token } = deckOf(c);
  if (token) return new HttpSession(baseURL, freshIp()).fetch(url, { ...init, headers: { ...init.headers, authorization: `Bearer ${token}` } });
  return c.actor.session.fetch(url, { ...init, headers: { ...init.headers, origin: baseURL } });
}

const draftItem = (id: string, front: string) => ({ originalKey: null, type: "basic", values: { id, section: "general", front, back: "matrix answer" } });
const deckFile = (slug: string) =>
  serializeDeck({ slug, title: "Imported by the matrix", language: "en", kubernetesVersion: "1.32", sections: [{ id: "general", title: "General", notes: "General" }] }, [{ ...SECRET_ITEM, id: "imported-item" }]).text;

Object.assign(ENDPOINTS, {
  "POST /api/v1/decks/[slug]/import": {
    // Own id: a new slug, which an instructor's import creates as their own deck.
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => deckFixture(c, c.target === "own id" ? `import-${shortId()}` : undefined),
    call: async (c: Case) => {
      const { slug } = deckOf(c);
      const response = await deckApi(c, `/api/v1/decks/${slug}/import?commit=true`, { method: "POST", body: deckFile(slug), headers: { "content-type": "text/markdown" } });
      const ownerId = c.target === "own id" ? (c.actor.person?.id ?? "") : c.victim.id;
      return response.status === 200 && count('SELECT count(*) AS n FROM "Item" i JOIN "Deck" d ON d.id = i.deckId WHERE d.slug = ? AND d.ownerId = ? AND i.key = ?', slug, ownerId, "imported-item") === 1;
    },
  },
  "GET /api/v1/decks/[slug]/export": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => deckFixture(c),
    call: async (c: Case) => {
      const response = await deckApi(c, `/api/v1/decks/${deckOf(c).slug}/export?source=draft`);
      return response.status === 200 && (await response.text()).includes(String(SECRET_ITEM.front));
    },
  },
  "POST /api/v1/decks/[slug]/draft/items": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => deckFixture(c),
    call: async (c: Case) => {
      const { slug } = deckOf(c);
      const response = await post(c, `/api/v1/decks/${slug}/draft/items`, draftItem("added-item", "added by the matrix"));
      return response.status === 200 && (deckDraft(slug) ?? "").includes("added by the matrix");
    },
  },
  "DELETE /api/v1/decks/[slug]/draft/items": {
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => deckFixture(c),
    call: async (c: Case) => {
      const { slug } = deckOf(c);
      const response = await c.actor.session.fetch(`/api/v1/decks/${slug}/draft/items?key=${SECRET_ITEM.id}`, { method: "DELETE", headers: { origin: baseURL } });
      const draft = deckDraft(slug);
      return response.status === 200 && draft !== null && !draft.includes(SECRET_ITEM.id);
    },
  },
  "POST /api/v1/decks/[slug]/draft/preview": {
    // Writes nothing: success is the rendered card, checked against the target's draft (its sections).
    allowed: instructorOwnOrAdmin,
    prepare: async (c: Case) => deckFixture(c),
    call: async (c: Case) => {
      const response = await post(c, `/api/v1/decks/${deckOf(c).slug}/draft/preview`, draftItem("previewed-item", "previewed by the matrix"));
      if (response.status !== 200) return false;
      const preview = (await response.json()) as { errors: unknown[]; cards: { promptHtml: string }[] };
      return preview.errors.length === 0 && preview.cards.some((card) => card.promptHtml.includes("previewed by the matrix"));
    },
  },
  "GET /api/v1/openapi.json": {
    allowed: () => true, // public documentation: holds no data
    call: async (c: Case) => {
      const response = await c.actor.session.fetch("/api/v1/openapi.json");
      return response.status === 200 && typeof ((await response.json()) as { openapi?: unknown }).openapi === "string";
    },
  },
} satisfies Record<string, Endpoint>);

const ACTORS: ActorKind[] = ["anonymous", "learner", "another instructor", "owner or admin"];
const TARGETS: Target[] = ["own id", "someone else's id"];
const tally = { cases: 0, allowed: 0, refused: 0, unauthorisedSuccesses: 0 };

describe("authorisation matrix", () => {
  beforeAll(async () => {
    bystander = await person("instructor");
    createDraftDeck(bystander.id);
  });
  afterAll(() => console.info(`authorisation matrix: ${Object.keys(ENDPOINTS).length} endpoints, ${tally.cases} cases, ${tally.allowed} allowed, ${tally.refused} refused, ${tally.unauthorisedSuccesses} unauthorised successes`));

  it("covers every server action and route handler the app exposes", () => {
    expect(Object.keys(ENDPOINTS).sort()).toEqual(discoverEndpoints());
  });

  for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
    for (const kind of ACTORS) {
      for (const target of TARGETS) {
        const allowed = endpoint.allowed(kind, target);
        it(`${name} · ${kind} · ${target} → ${allowed ? "allowed" : "refused"}`, async () => {
          const [actor, victim] = await Promise.all([makeActor(kind), person("learner")]);
          const fixture = await endpoint.prepare?.({ actor, victim, target });
          const before = snapshotDatabase(dataDir, actor.person?.id);
          const succeeded = await endpoint.call({ actor, victim, target, fixture });
          tally.cases++;
          if (allowed) {
            tally.allowed++;
            expect(succeeded).toBe(true); // the positive control: a well-formed call does work
          } else {
            tally.refused++;
            if (succeeded) tally.unauthorisedSuccesses++;
            expect(succeeded).toBe(false);
            expect(snapshotDatabase(dataDir, actor.person?.id)).toBe(before);
          }
        });
      }
    }
  }
});

describe("state-changing route handlers check Origin", () => {
  it.each([
    ["a cross-site Origin", "https://evil.example"],
    ["no Origin", null],
  ])("refuses %s with 403 and records nothing", async (_label, origin) => {
    const learner = await person("learner");
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (origin) headers.origin = origin;
    const before = snapshotDatabase(dataDir);
    const body = JSON.stringify({ reviews: [{ reviewId: crypto.randomUUID(), cardId: publicCardIds[0], rating: 3, expectedReps: 0, reviewedAt: new Date().toISOString(), durationMs: 1 }] });
    const response = await learner.session.fetch("/api/v1/reviews", { method: "POST", body, headers });
    expect(response.status).toBe(403);
    expect(snapshotDatabase(dataDir)).toBe(before);
  });
});

describe("built-in decks", () => {
  it("refuses an admin's import into a built-in deck with 409 and records nothing", async () => {
    const adminSession = await signedIn(baseURL, admin.email, admin.password, freshIp());
    const before = snapshotDatabase(dataDir);
    const body = deckFile("kubernetes-workloads");
    const response = await adminSession.fetch("/api/v1/decks/kubernetes-workloads/import?commit=true", { method: "POST", body, headers: { "content-type": "text/markdown", origin: baseURL } });
    expect(response.status).toBe(409);
    expect(snapshotDatabase(dataDir)).toBe(before);
  });

  it("exports a built-in deck to any instructor and to no learner", async () => {
    const [instructor, learner] = await Promise.all([person("instructor"), person("learner")]);
    const url = "/api/v1/decks/kubernetes-workloads/export?format=deck";
    const exported = await instructor.session.fetch(url);
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain("slug: kubernetes-workloads");
    expect((await learner.session.fetch(url)).status).toBe(403);
  });
});

describe("the editor's and import's session routes check Origin", () => {
  it.each([
    ["POST", "draft/items", JSON.stringify(draftItem("cross-site-item", "cross-site")), "application/json"],
    ["DELETE", `draft/items?key=${SECRET_ITEM.id}`, undefined, "application/json"],
    ["POST", "draft/preview", JSON.stringify(draftItem("cross-site-item", "cross-site")), "application/json"],
    ["POST", "import?commit=true", "", "text/markdown"],
  ])("refuses %s …/%s from a cross-site Origin, even for an admin, with 403 and records nothing", async (method, route, body, contentType) => {
    const slug = insertDeck(bystander.id);
    const adminSession = await signedIn(baseURL, admin.email, admin.password, freshIp());
    const before = snapshotDatabase(dataDir);
    const response = await adminSession.fetch(`/api/v1/decks/${slug}/${route}`, { method, body: body === "" ? deckFile(slug) : body, headers: { "content-type": contentType, origin: "https://evil.example" } });
    expect(response.status).toBe(403);
    expect(snapshotDatabase(dataDir)).toBe(before);
  });
});
