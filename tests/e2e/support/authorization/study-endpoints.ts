// Reviewing, cramming and quizzes. "Own id" is the built-in deck (or the caller's own review or
// attempt); "someone else's id" is the bystander's draft deck (or the victim's review or attempt).
import crypto from "node:crypto";
import type { HttpSession } from "../http-session";
import { callServerAction } from "../server-actions";
import { action } from "../http-accounts";
import { act, adminOrOwn, baseURL, ownOnly, post, type Case, type Endpoint } from "./case";
import { world } from "./cast";
import { count, repsOf, run } from "./db";
import { buildAnkiPackage } from "../../../support/anki-package-builder";

/** A card of the built-in deck for own id (a different one per endpoint), else the draft deck's. */
const studyCard = (c: Case, index: number) => (c.target === "own id" ? world.publicCardIds[index] : world.draft.cardId);
const studyDeck = (c: Case) => (c.target === "own id" ? "kubernetes-workloads" : world.draft.slug);
const newReview = (userId: string | undefined, cardId: string) => ({
  reviewId: crypto.randomUUID(),
  cardId,
  rating: 3,
  expectedReps: userId ? repsOf(userId, cardId) : 0, // the shared accounts may have reviewed it in an earlier case
  reviewedAt: new Date().toISOString(),
  durationMs: 1000,
});
const recorded = async (response: Response) =>
  response.status === 200 &&
  ((await response.json()) as { results: { status: string }[] }).results[0]?.status === "recorded";

/** A quiz attempt of `owner` over HTTP (types typed+kubectl so that its misses have cards). */
async function startQuiz(owner: HttpSession, finish = false): Promise<string> {
  const created = await callServerAction(
    owner,
    action("createQuizAction"),
    { deckSlug: "kubernetes-workloads", length: "3", mode: "practice", types: "typed" },
    true,
  );
  const attemptId = created.redirect?.split(";")[0].split("/").pop();
  if (!attemptId) throw new Error(`fixture quiz failed: ${created.status}`);
  if (finish) await callServerAction(owner, action("finishQuizAction"), { attemptId }, false);
  return attemptId;
}
const attemptOwner = (c: Case) => (c.target === "own id" && c.actor.person ? c.actor.person : c.victim);
/**
 * The card browser's restore acts on the caller's own card state: the actor's (the victim's for an
 * anonymous caller), suspended directly in the database first even where the caller could not have.
 */
const restoreOwner = (c: Case) => c.actor.person ?? c.victim;
function suspendFor(userId: string, cardId: string): void {
  const now = new Date().toISOString();
  run(
    "INSERT INTO \"CardState\" (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, suspended, updatedAt) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, 0, 0, 'new', 1, ?) ON CONFLICT (userId, cardId) DO UPDATE SET suspended = 1",
    crypto.randomUUID(),
    userId,
    cardId,
    now,
    now,
  );
}
const suspendedOf = (userId: string, cardId: string) =>
  count('SELECT count(*) AS n FROM "CardState" WHERE userId = ? AND cardId = ? AND suspended = 1', userId, cardId);
const prioritised = (userId: string) =>
  count('SELECT count(*) AS n FROM "CardState" WHERE userId = ? AND priorityDay IS NOT NULL', userId);

/** Waits until the fits an "Optimise" queued for `userId` have run (they write in the background). */
async function fitsSettled(userId: string): Promise<void> {
  for (
    let tries = 0;
    tries < 100 &&
    count("SELECT count(*) AS n FROM \"FsrsFit\" WHERE userId = ? AND status IN ('queued', 'running')", userId) > 0;
    tries++
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** An .apkg whose one note is the item of `cardId` (a built-in front card, Anki ord 0) with one review. */
function historyPackage(cardId: string): Uint8Array {
  const key = cardId.slice(cardId.indexOf(":") + 1, cardId.lastIndexOf("#"));
  return buildAnkiPackage({
    notes: [{ guid: `kd:kubernetes-workloads/${key}`, type: "basic", fields: ["q", "a"] }],
    revlog: [
      {
        guid: `kd:kubernetes-workloads/${key}`,
        ord: 0,
        id: Date.now() - 86_400_000,
        ease: 3,
        ivl: 0,
        lastIvl: 0,
        factor: 0,
        time: 3000,
        type: 0,
      },
    ],
  });
}

export const STUDY_ENDPOINTS: Record<string, Endpoint> = {
  "GET /api/v1/decks/[slug]/queue": {
    allowed: adminOrOwn,
    call: async (c) => (await c.actor.session.fetch(`/api/v1/decks/${studyDeck(c)}/queue`)).status === 200,
  },
  "POST /api/v1/reviews": {
    allowed: adminOrOwn,
    call: async (c) =>
      recorded(await post(c, "/api/v1/reviews", { reviews: [newReview(c.actor.person?.id, studyCard(c, 0))] })),
  },
  "POST /api/v1/reviews/undo": {
    allowed: ownOnly,
    prepare: async (c) => {
      const owner = c.target === "own id" ? c.actor.person : c.victim;
      const review = newReview(owner?.id, world.publicCardIds[1]);
      if (owner && !(await recorded(await post(c, "/api/v1/reviews", { reviews: [review] }, owner.session))))
        throw new Error("fixture review failed");
      return review.reviewId;
    },
    call: async (c) => (await post(c, "/api/v1/reviews/undo", { reviewId: c.fixture })).status === 200,
  },
  "POST /api/v1/cards/[cardId]/reveal": {
    allowed: adminOrOwn,
    call: async (c) => {
      const response = await post(c, `/api/v1/cards/${encodeURIComponent(studyCard(c, 2))}/reveal`, {});
      return response.status === 200 && (await response.text()).includes("answerHtml");
    },
  },
  "POST /api/v1/cards/[cardId]/flag": {
    allowed: adminOrOwn,
    call: async (c) =>
      (await post(c, `/api/v1/cards/${encodeURIComponent(studyCard(c, 3))}/flag`, { action: "bury" })).status === 200,
  },
  "GET /api/v1/decks/[slug]/offline": {
    // The offline pack carries answer sides: only for decks the caller may study (a draft: its owner or an admin).
    allowed: adminOrOwn,
    call: async (c) => {
      const response = await c.actor.session.fetch(`/api/v1/decks/${studyDeck(c)}/offline`);
      return response.status === 200 && ((await response.json()) as { cards?: unknown[] }).cards!.length > 0;
    },
  },
  "POST /api/v1/cram": {
    allowed: adminOrOwn,
    call: async (c) => {
      const entry = {
        cramId: crypto.randomUUID(),
        cardId: studyCard(c, 4),
        rating: 3,
        reviewedAt: new Date().toISOString(),
        durationMs: 900,
      };
      return recorded(await post(c, "/api/v1/cram", { entries: [entry] }));
    },
  },
  "action lib/actions/quizzes/create-quiz.ts#createQuizAction": {
    allowed: adminOrOwn,
    call: async (c) => {
      const result = await act(c, "createQuizAction", { deckSlug: studyDeck(c), length: "3", mode: "practice" }, true);
      return !!result.redirect?.startsWith("/quiz/");
    },
  },
  "action lib/actions/quizzes/finish-quiz.ts#finishQuizAction": {
    allowed: ownOnly,
    prepare: (c) => startQuiz(attemptOwner(c).session),
    call: async (c) => {
      await act(c, "finishQuizAction", { attemptId: String(c.fixture) }, false);
      return count('SELECT count(*) AS n FROM "QuizAttempt" WHERE id = ? AND finishedAt IS NOT NULL', c.fixture) === 1;
    },
  },
  "action lib/actions/quizzes/review-misses.ts#reviewMissesAction": {
    allowed: ownOnly,
    prepare: async (c) => ({
      attemptId: await startQuiz(attemptOwner(c).session, true),
      before: prioritised(attemptOwner(c).id),
    }),
    call: async (c) => {
      const { attemptId, before } = c.fixture as { attemptId: string; before: number };
      await act(c, "reviewMissesAction", { attemptId, deckSlug: "kubernetes-workloads" }, false);
      return prioritised(attemptOwner(c).id) > before;
    },
  },
  "action lib/actions/settings/save-study-settings.ts#saveStudySettingsAction": {
    allowed: adminOrOwn,
    call: async (c) => {
      const fields = {
        timeZone: "UTC",
        rolloverHour: "5",
        desiredRetention: "0.85",
        deckSlug: studyDeck(c),
        newPerDay: "7",
        reviewsPerDay: "70",
        deckRetention: "",
      };
      return (await act(c, "saveStudySettingsAction", fields, true)).text.includes('"ok":true');
    },
  },
  "action lib/actions/settings/restore-card.ts#restoreCardAction": {
    allowed: adminOrOwn,
    prepare: async (c) => suspendFor(restoreOwner(c).id, studyCard(c, 5)),
    call: async (c) => {
      const result = await act(c, "restoreCardAction", { cardId: studyCard(c, 5), action: "unsuspend" }, true);
      return result.text.includes('"ok":true') && suspendedOf(restoreOwner(c).id, studyCard(c, 5)) === 0;
    },
  },
  "action lib/actions/settings/optimise-fsrs.ts#optimiseFsrsAction": {
    allowed: adminOrOwn,
    call: async (c) => {
      const result = await act(c, "optimiseFsrsAction", { deckSlug: studyDeck(c), scope: "learner" }, true);
      if (c.actor.person) await fitsSettled(c.actor.person.id);
      return result.text.includes('"ok":true');
    },
  },
  "POST /api/v1/decks/[slug]/anki-history": {
    allowed: adminOrOwn,
    call: async (c) => {
      const response = await c.actor.session.fetch(
        `/api/v1/decks/${studyDeck(c)}/anki-history?commit=true&file=history.apkg`,
        {
          method: "POST",
          body: Buffer.from(historyPackage(world.publicCardIds[7])),
          headers: { "content-type": "application/octet-stream", origin: baseURL },
        },
      );
      return response.status === 200 && ((await response.json()) as { ok: boolean }).ok === true;
    },
  },
  "POST /api/v1/quizzes/[attemptId]/answers": {
    allowed: ownOnly,
    prepare: (c) => startQuiz(attemptOwner(c).session),
    call: async (c) =>
      (await post(c, `/api/v1/quizzes/${c.fixture}/answers`, { index: 0, response: { text: "ClusterFirst" } }))
        .status === 200,
  },
};
