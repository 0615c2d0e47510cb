// Issue 14: a published instructor deck is private to its owner and the classes it is assigned to.
// A learner outside those classes gets exactly the answer a missing deck gets on every learner
// endpoint (queue, offline pack, reveal, review, cram, quiz, study settings); joining a class that
// uses the deck grants access; leaving revokes it; making the deck public opens it to everyone.
import crypto from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { action, createAccount } from "./support/http-accounts";
import { callServerAction } from "./support/server-actions";
import { createInstructor } from "./support/instructor";
import type { HttpSession } from "./support/http-session";
import { query } from "./support/db-query";
import { uniqueEmail, STRONG_PASSWORD } from "./support/accounts";

const baseURL = inject("baseURL");
const admin = inject("admin");
const MISSING = "no-such-deck-anywhere";

let instructor: HttpSession;
let learner: HttpSession;
let slug: string;
let cardId: string;

const deckFile = (deckSlug: string) => `---
slug: ${deckSlug}
title: Private deck
language: en
kubernetesVersion: "1.32"
sections:
  - id: general
    title: General
    notes: General
---

\`\`\`yaml item
id: private-question
type: basic
section: general
front: What does a private deck hide?
back: Its questions and answers
\`\`\`
`;

const post = (session: HttpSession, path: string, body: unknown) =>
  session.fetch(path, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { "content-type": "application/json", origin: baseURL },
  });

type Answer = { status: number; body: string };
async function answer(response: Response): Promise<Answer> {
  return { status: response.status, body: await response.text() };
}

/** What every learner endpoint answers for `deckSlug` and its card (or a card id of that deck that does not exist). */
async function learnerView(
  session: HttpSession,
  deckSlug: string,
  card: string,
): Promise<Record<string, Answer | string>> {
  const review = {
    reviewId: crypto.randomUUID(),
    cardId: card,
    rating: 3,
    expectedReps: 0,
    reviewedAt: new Date().toISOString(),
    durationMs: 1000,
  };
  const cram = {
    cramId: crypto.randomUUID(),
    cardId: card,
    rating: 3,
    reviewedAt: new Date().toISOString(),
    durationMs: 900,
  };
  const reviewResult = (await (await post(session, "/api/v1/reviews", { reviews: [review] })).json()) as {
    results: { status: string }[];
  };
  const cramResult = (await (await post(session, "/api/v1/cram", { entries: [cram] })).json()) as {
    results: { status: string }[];
  };
  const quiz = await callServerAction(
    session,
    action("createQuizAction"),
    { deckSlug, length: "3", mode: "practice" },
    true,
  );
  const settings = await callServerAction(
    session,
    action("saveStudySettingsAction"),
    {
      timeZone: "UTC",
      rolloverHour: "5",
      desiredRetention: "0.85",
      deckSlug,
      newPerDay: "7",
      reviewsPerDay: "70",
      deckRetention: "",
    },
    true,
  );
  return {
    queue: await answer(await session.fetch(`/api/v1/decks/${deckSlug}/queue`)),
    pack: await answer(await session.fetch(`/api/v1/decks/${deckSlug}/offline`)),
    reveal: await answer(await post(session, `/api/v1/cards/${encodeURIComponent(card)}/reveal`, {})),
    review: reviewResult.results[0].status,
    cram: cramResult.results[0].status,
    quiz: `${quiz.status} ${/"formError":"[^"]+"/.exec(quiz.text)?.[0] ?? (quiz.redirect ? "redirect" : "")}`,
    settings: `${settings.status} ${/"ok":(true|false)[^}]*/.exec(settings.text)?.[0] ?? ""}`,
    quizPage: String((await session.fetch(`/quiz?deck=${deckSlug}`)).status),
    reviewPage: String((await session.fetch(`/review/${deckSlug}`)).status),
  };
}

beforeAll(async () => {
  instructor = (await createInstructor(baseURL, admin)).session;
  learner = await createAccount(baseURL, uniqueEmail("outsider"), STRONG_PASSWORD, "198.18.90.1");
  slug = `private-${crypto.randomUUID().slice(0, 8)}`;
  const imported = await instructor.fetch(`/api/v1/decks/${slug}/import?commit=true&file=deck.md`, {
    method: "POST",
    body: deckFile(slug),
    headers: { "content-type": "text/markdown", origin: baseURL },
  });
  expect(imported.status, await imported.clone().text()).toBe(200);
  const [deck] = query<{ visibility: string; isPublished: number }>(
    'SELECT visibility, isPublished FROM "Deck" WHERE slug = ?',
    slug,
  );
  expect(deck).toEqual({ visibility: "private", isPublished: 1 });
  cardId = query<{ id: string }>(
    'SELECT c.id FROM "Card" c JOIN "Deck" d ON d.id = c.deckId WHERE d.slug = ? ORDER BY c.position LIMIT 1',
    slug,
  )[0].id;
}, 60_000);

describe("a private instructor deck", () => {
  it("answers a learner outside its classes exactly like a deck that does not exist, on every learner endpoint", async () => {
    const privateView = await learnerView(learner, slug, cardId);
    const missingView = await learnerView(learner, MISSING, `${MISSING}:nothing#0`);
    expect(privateView).toEqual(missingView);
    expect((privateView.queue as Answer).status).toBe(404);
    expect(privateView.review).toBe("gone");
    expect(privateView.quizPage).toBe("404");
    const home = await (await learner.fetch("/")).text();
    expect(home).not.toContain("Private deck");
  });

  it("opens to a learner who joins a class using it, and closes again when they leave (their history stays)", async () => {
    const created = await callServerAction(
      instructor,
      action("createClassAction"),
      { name: `Visibility ${slug}` },
      true,
    );
    const classId = created.redirect?.split(";")[0].split("/").pop();
    expect(classId, created.text.slice(0, 200)).toBeTruthy();
    const decks = await callServerAction(
      instructor,
      action("setClassDecksAction"),
      { classId: classId!, deckSlugs: slug },
      true,
    );
    expect(decks.text).toContain('"ok":true');
    const [{ inviteCode }] = query<{ inviteCode: string }>('SELECT inviteCode FROM "Class" WHERE id = ?', classId);
    await callServerAction(learner, action("joinClassAction"), { code: inviteCode }, true);

    expect((await learner.fetch(`/api/v1/decks/${slug}/queue`)).status).toBe(200);
    const review = {
      reviewId: crypto.randomUUID(),
      cardId,
      rating: 3,
      expectedReps: 0,
      reviewedAt: new Date().toISOString(),
      durationMs: 1000,
    };
    const recorded = (await (await post(learner, "/api/v1/reviews", { reviews: [review] })).json()) as {
      results: { status: string }[];
    };
    expect(recorded.results[0].status).toBe("recorded");
    expect(await (await learner.fetch("/")).text()).toContain("Private deck");

    await callServerAction(learner, action("leaveClassAction"), { classId: classId! }, true);
    expect(await learnerView(learner, slug, cardId)).toEqual(
      await learnerView(learner, MISSING, `${MISSING}:nothing#0`),
    );
    expect(query('SELECT id FROM "ReviewLog" WHERE id = ?', review.reviewId)).toHaveLength(1);
  });

  it("opens to every learner once its owner makes it public", async () => {
    const stranger = await createAccount(baseURL, uniqueEmail("stranger"), STRONG_PASSWORD, "198.18.90.2");
    expect((await stranger.fetch(`/api/v1/decks/${slug}/queue`)).status).toBe(404);
    const result = await callServerAction(
      instructor,
      action("setDeckVisibilityAction"),
      { slug, visibility: "public" },
      true,
    );
    expect(result.text).toContain('"ok":true');
    expect((await stranger.fetch(`/api/v1/decks/${slug}/queue`)).status).toBe(200);
    expect(await (await stranger.fetch("/")).text()).toContain("Private deck");
  });
});
