// Issue 14: keys stay on the server until the answer is in. A typed/kubectl card's key comes only
// with a graded answer, the first answer at a point of the schedule is kept (a better second try
// gets the first grade back), and the data export lists open quiz attempts without their plans.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { revealCard } from "@/lib/server/reviews/reveal-card";
import { recordReview } from "@/lib/server/reviews/record-review";
import { createQuiz } from "@/lib/server/quizzes/create-quiz";
import { exportMyData } from "@/lib/server/users/account";
import type { Actor } from "@/lib/server/auth/current-user";

let typedCard: { id: string; answer: string };

async function learner(): Promise<Actor> {
  const user = await db.user.create({ data: { email: `keys-${crypto.randomUUID()}@example.test`, role: "learner" } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

beforeAll(async () => {
  await syncContentDecks();
  const card = await db.card.findFirstOrThrow({
    where: { kind: "typed", retiredAt: null, deck: { slug: "kubernetes-workloads" } },
    select: { id: true, item: { select: { answer: true } } },
  });
  typedCard = { id: card.id, answer: String((card.item.answer as { answer: string }).answer) };
});

describe("typed answer keys", () => {
  it("showing the answer without typing counts as an empty answer (Again), and a correct answer sent afterwards does not change that", async () => {
    const actor = await learner();
    const shown = await revealCard(actor, typedCard.id, undefined);
    expect(shown.grade).toMatchObject({ verdict: "incorrect", proposedRating: 1 });
    const retried = await revealCard(actor, typedCard.id, typedCard.answer);
    expect(retried.grade).toMatchObject({ verdict: "incorrect", proposedRating: 1 });
    expect(await db.answerReveal.count({ where: { userId: actor.id, cardId: typedCard.id } })).toBe(1);
  });

  it("keeps the first answer under concurrent requests, and grades afresh once the card has been rated", async () => {
    const actor = await learner();
    const results = await Promise.all([
      revealCard(actor, typedCard.id, typedCard.answer),
      revealCard(actor, typedCard.id, "wrong"),
      revealCard(actor, typedCard.id, typedCard.answer),
    ]);
    expect(new Set(results.map((r) => r.grade?.verdict)).size).toBe(1);
    const outcome = await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId: typedCard.id,
        rating: 1,
        expectedReps: 0,
        reviewedAt: new Date().toISOString(),
        durationMs: 1000,
      },
      new Date(),
    );
    expect(outcome.status).toBe("recorded");
    const next = await revealCard(actor, typedCard.id, typedCard.answer);
    expect(next.grade?.verdict).toBe("correct");
  });

  it("grades every cram try afresh (practice outside the schedule)", async () => {
    const actor = await learner();
    expect((await revealCard(actor, typedCard.id, "wrong", "cram")).grade?.verdict).toBe("incorrect");
    expect((await revealCard(actor, typedCard.id, typedCard.answer, "cram")).grade?.verdict).toBe("correct");
    expect(await db.answerReveal.count({ where: { userId: actor.id } })).toBe(0);
  });
});

describe("data export", () => {
  it("lists an open quiz attempt without its plan, and a finished one with it", async () => {
    const actor = await learner();
    const { attemptId } = await createQuiz(
      actor,
      { deckSlug: "kubernetes-workloads", sections: [], types: ["ordering"], length: 2, mode: "exam" },
      new Date(),
    );
    const data = await exportMyData({ actor });
    const attempt = data.user.quizAttempts.find((a) => a.id === attemptId) as Record<string, unknown>;
    expect(attempt).toMatchObject({ open: true, questionCount: 2 });
    expect(attempt).not.toHaveProperty("plan");
    expect(JSON.stringify(data)).not.toContain("stepOrder");
    await db.quizAttempt.update({ where: { id: attemptId }, data: { finishedAt: new Date() } });
    const later = (await exportMyData({ actor })).user.quizAttempts.find((a) => a.id === attemptId) as Record<
      string,
      unknown
    >;
    expect(later).toHaveProperty("plan");
  });
});
