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

const ACTORS: ActorKind[] = ["anonymous", "learner", "another instructor", "owner or admin"];
const TARGETS: Target[] = ["own id", "someone else's id"];
const tally = { cases: 0, allowed: 0, refused: 0, unauthorisedSuccesses: 0 };

describe("authorisation matrix", () => {
  beforeAll(async () => {
    const owner = await person("instructor");
    createDraftDeck(owner.id);
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
