// Every server action and route handler × {anonymous, learner, another instructor, owner or admin}
// × {own id, someone else's id}, over real HTTP against the running server. An unauthorised call must
// not succeed against its target and must leave the database as it was (apart from the caller's own
// account, which self-service endpoints may legitimately touch). New endpoints fail the test until
// they are added to ENDPOINTS (the tables live in support/authorization/).
import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotDatabase, snapshotsAround } from "./support/db-snapshot";
import { discoverEndpoints } from "./support/discover-endpoints";
import { baseURL, dataDir, type ActorKind, type Endpoint, type Target } from "./support/authorization/case";
import { asAdmin, castFor, setUpWorld, world } from "./support/authorization/cast";
import { insertDeck, repsOf, SECRET_ITEM } from "./support/authorization/db";
import { ACCOUNT_ENDPOINTS } from "./support/authorization/account-endpoints";
import { STUDY_ENDPOINTS } from "./support/authorization/study-endpoints";
import { INSTRUCTOR_ENDPOINTS } from "./support/authorization/instructor-endpoints";
import { CLASS_ENDPOINTS } from "./support/authorization/class-endpoints";
import { DECK_API_ENDPOINTS, deckFile, draftItem } from "./support/authorization/deck-api-endpoints";

const ENDPOINTS: Record<string, Endpoint> = {
  ...ACCOUNT_ENDPOINTS,
  ...STUDY_ENDPOINTS,
  ...INSTRUCTOR_ENDPOINTS,
  ...CLASS_ENDPOINTS,
  ...DECK_API_ENDPOINTS,
};
const ACTORS: ActorKind[] = ["anonymous", "learner", "another instructor", "owner or admin"];
const TARGETS: Target[] = ["own id", "someone else's id"];
const tally = { cases: 0, allowed: 0, refused: 0, unauthorisedSuccesses: 0 };

beforeAll(setUpWorld);

describe("authorisation matrix", () => {
  afterAll(() =>
    console.info(
      `authorisation matrix: ${Object.keys(ENDPOINTS).length} endpoints, ${tally.cases} cases, ${tally.allowed} allowed, ${tally.refused} refused, ${tally.unauthorisedSuccesses} unauthorised successes`,
    ),
  );

  it("covers every server action and route handler the app exposes", () => {
    expect(Object.keys(ENDPOINTS).sort()).toEqual(discoverEndpoints());
  });

  for (const [name, endpoint] of Object.entries(ENDPOINTS)) {
    for (const kind of ACTORS) {
      for (const target of TARGETS) {
        const allowed = endpoint.allowed(kind, target);
        it(`${name} · ${kind} · ${target} → ${allowed ? "allowed" : "refused"}`, async () => {
          const { actor, victim } = await castFor(endpoint, kind, target);
          const fixture = await endpoint.prepare?.({ actor, victim, target });
          tally.cases++;
          if (allowed) {
            tally.allowed++;
            expect(await endpoint.call({ actor, victim, target, fixture })).toBe(true); // the positive control: a well-formed call does work
          } else {
            tally.refused++;
            const {
              result: succeeded,
              before,
              after,
            } = await snapshotsAround(dataDir, actor.person?.id, () =>
              endpoint.call({ actor, victim, target, fixture }),
            );
            if (succeeded) tally.unauthorisedSuccesses++;
            expect(succeeded).toBe(false);
            expect(after).toBe(before);
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
    const learner = world.actors.learner;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (origin) headers.origin = origin;
    const before = snapshotDatabase(dataDir);
    const body = JSON.stringify({
      reviews: [
        {
          reviewId: crypto.randomUUID(),
          cardId: world.publicCardIds[0],
          rating: 3,
          expectedReps: repsOf(learner.id, world.publicCardIds[0]),
          reviewedAt: new Date().toISOString(),
          durationMs: 1,
        },
      ],
    });
    const response = await learner.session.fetch("/api/v1/reviews", { method: "POST", body, headers });
    expect(response.status).toBe(403);
    expect(snapshotDatabase(dataDir)).toBe(before);
  });
});

describe("built-in decks", () => {
  it("refuses an admin's import into a built-in deck with 409 and records nothing", async () => {
    const adminSession = await asAdmin();
    const before = snapshotDatabase(dataDir);
    const body = deckFile("kubernetes-workloads");
    const response = await adminSession.fetch("/api/v1/decks/kubernetes-workloads/import?commit=true", {
      method: "POST",
      body,
      headers: { "content-type": "text/markdown", origin: baseURL },
    });
    expect(response.status).toBe(409);
    expect(snapshotDatabase(dataDir)).toBe(before);
  });

  it("exports a built-in deck to any instructor and to no learner", async () => {
    const { "another instructor": instructor, learner } = world.actors;
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
  ])(
    "refuses %s …/%s from a cross-site Origin, even for an admin, with 403 and records nothing",
    async (method, route, body, contentType) => {
      const slug = insertDeck(world.bystander.id);
      const adminSession = await asAdmin();
      const before = snapshotDatabase(dataDir);
      const response = await adminSession.fetch(`/api/v1/decks/${slug}/${route}`, {
        method,
        body: body === "" ? deckFile(slug) : body,
        headers: { "content-type": contentType, origin: "https://evil.example" },
      });
      expect(response.status).toBe(403);
      expect(snapshotDatabase(dataDir)).toBe(before);
    },
  );
});
