// The exam date through the study settings and the plan read from a learner's real card states.
import crypto from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { syncContentDecks } from "@/lib/server/decks/sync-deck";
import { getStudySettings, saveStudySettings } from "@/lib/server/users/study-settings";
import { getExamPlan } from "@/lib/server/planning/get-exam-plan";
import { getExamPlans } from "@/lib/server/planning/get-exam-plan";
import { recordReview } from "@/lib/server/reviews/record-review";
import { studySettingsSchema } from "@/lib/schemas/study-settings";
import type { Actor } from "@/lib/server/auth/current-user";

const BUILT_IN = "kubernetes-workloads";
// 2026-03-10 02:00 in Tokyo: before the 04:00 rollover, so the learner's day is still 9 March.
const NOW = new Date("2026-03-09T17:00:00Z");
let liveCards: string[] = [];

async function learner(): Promise<Actor> {
  const user = await db.user.create({ data: { email: `exam-${crypto.randomUUID()}@example.test` } });
  return { id: user.id, email: user.email, role: "learner", name: null };
}

const form = (exam: { examKind: string; examDate: string }, newPerDay = "20") =>
  studySettingsSchema.parse({
    timeZone: "Asia/Tokyo",
    rolloverHour: "4",
    desiredRetention: "0.9",
    deckSlug: BUILT_IN,
    newPerDay,
    reviewsPerDay: "200",
    deckRetention: "",
    ...exam,
  });

beforeAll(async () => {
  await syncContentDecks();
  liveCards = (
    await db.card.findMany({
      where: { deck: { slug: BUILT_IN }, retiredAt: null },
      orderBy: { position: "asc" },
      select: { id: true },
    })
  ).map((c) => c.id);
});

describe("saving the exam", () => {
  it("stores the exam, and choosing no exam removes it", async () => {
    const actor = await learner();
    await saveStudySettings(actor, form({ examKind: "CKAD", examDate: "2026-04-30" }), NOW);
    expect(await getStudySettings(actor, BUILT_IN)).toMatchObject({ examKind: "CKAD", examDate: "2026-04-30" });
    await saveStudySettings(actor, form({ examKind: "", examDate: "2026-04-30" }), NOW);
    expect(await getStudySettings(actor, BUILT_IN)).toMatchObject({ examKind: null, examDate: null });
  });

  it("accepts the learner's today (9 March before the 04:00 rollover, though Tokyo's calendar says 10 March) and refuses the day before", async () => {
    const actor = await learner();
    await expect(
      saveStudySettings(actor, form({ examKind: "CKA", examDate: "2026-03-09" }), NOW),
    ).resolves.toBeUndefined();
    await expect(
      saveStudySettings(actor, form({ examKind: "CKA", examDate: "2026-03-08" }), NOW),
    ).rejects.toMatchObject({
      code: "INVALID_INPUT",
      details: { fieldErrors: { examDate: "invalid-exam-past" } },
    });
  });

  it("refuses a day more than two years ahead and keeps the exam saved before", async () => {
    const actor = await learner();
    await saveStudySettings(actor, form({ examKind: "CKA", examDate: "2026-06-01" }), NOW);
    await expect(
      saveStudySettings(actor, form({ examKind: "CKA", examDate: "2028-03-10" }), NOW),
    ).rejects.toMatchObject({ details: { fieldErrors: { examDate: "invalid-exam-too-far" } } });
    expect(await getStudySettings(actor, BUILT_IN)).toMatchObject({ examDate: "2026-06-01" });
  });

  it("the form refuses an exam without a date, and an impossible date", () => {
    const raw = {
      timeZone: "UTC",
      rolloverHour: "4",
      desiredRetention: "0.9",
      deckSlug: BUILT_IN,
      newPerDay: "20",
      reviewsPerDay: "200",
      deckRetention: "",
      examKind: "CKA",
    };
    expect(studySettingsSchema.safeParse({ ...raw, examDate: "" }).error?.issues[0]).toMatchObject({
      path: ["examDate"],
      message: "invalid-exam-date-missing",
    });
    expect(studySettingsSchema.safeParse({ ...raw, examDate: "2026-02-30" }).success).toBe(false);
  });
});

describe("the exam plan", () => {
  it("without an exam there is no plan, but the deck is listed", async () => {
    const actor = await learner();
    const result = await getExamPlan(actor, BUILT_IN, NOW);
    expect(result).toMatchObject({ exam: null, today: "2026-03-09", plan: null, deck: { slug: BUILT_IN } });
    const overview = await getExamPlans(actor, NOW);
    expect(overview.exam).toBeNull();
    expect(overview.decks.map((d) => d.deck.slug)).toContain(BUILT_IN);
  });

  it("counts the cards not yet started, leaving out started and suspended ones", async () => {
    const actor = await learner();
    await saveStudySettings(actor, form({ examKind: "CKA", examDate: "2026-04-08" }, "2"), NOW);
    await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId: liveCards[0],
        rating: 3,
        expectedReps: 0,
        reviewedAt: NOW.toISOString(),
        durationMs: 1000,
      },
      NOW,
    );
    await recordReview(
      actor,
      {
        reviewId: crypto.randomUUID(),
        cardId: liveCards[1],
        rating: 4,
        expectedReps: 0,
        reviewedAt: NOW.toISOString(),
        durationMs: 1000,
      },
      NOW,
    );
    await db.cardState.create({
      data: {
        userId: actor.id,
        cardId: liveCards[2],
        due: NOW,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: "new",
        suspended: true,
      },
    });
    const { plan } = await getExamPlan(actor, BUILT_IN, NOW);
    expect(plan).toMatchObject({
      daysLeft: 30,
      introductionDays: 27,
      newRemaining: liveCards.length - 3,
      inLearning: 1,
      newPerDay: 2,
    });
    expect(plan!.neededPerDay).toBe(Math.ceil((liveCards.length - 3) / 27));
    expect(plan!.neededPerDay).toBeGreaterThan(2); // the built-in deck has more than 27 × 2 cards
    expect(plan!.status).toBe("behind");
    await saveStudySettings(actor, form({ examKind: "CKA", examDate: "2026-04-08" }, String(plan!.neededPerDay)), NOW);
    expect((await getExamPlan(actor, BUILT_IN, NOW)).plan!.status).toBe("on-track");
    // The Easy card is in review: its recall a month on, unreviewed, is below certain and above chance.
    expect(plan!.recallAtExamIfIdle).toBeGreaterThan(0.3);
    expect(plan!.recallAtExamIfIdle).toBeLessThan(0.95);
  });

  it("has no plan once the exam day has passed", async () => {
    const actor = await learner();
    await saveStudySettings(actor, form({ examKind: "CKA", examDate: "2026-03-09" }), NOW);
    const later = new Date(NOW.getTime() + 2 * 86_400_000);
    expect(await getExamPlan(actor, BUILT_IN, later)).toMatchObject({
      exam: { kind: "CKA", day: "2026-03-09" },
      today: "2026-03-11",
      plan: null,
    });
  });

  it("refuses a signed-out caller and a deck the learner may not study", async () => {
    await expect(getExamPlan(null, BUILT_IN, NOW)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(getExamPlan(await learner(), "no-such-deck", NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
