import "server-only";
import { planExam, type ExamPlan } from "@/lib/core/planning/plan-exam";
import { meanRecallAt } from "@/lib/core/planning/expected-recall";
import type { ExamKind } from "@/lib/core/planning/exam-date";
import { schedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { weightsInUse } from "@/lib/core/scheduler/fsrs-weights";
import { learningDayOf, startOfLearningDay } from "@/lib/core/scheduler/learning-day";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT, filterStudyable } from "../decks/can-study-deck";
import { memoryFromRow } from "../reviews/memory-state-row";

export type LearnerExam = { kind: ExamKind; day: string } | null;
export type DeckExamPlan = {
  exam: LearnerExam;
  /** The learner's current learning day. */
  today: string;
  deck: { slug: string; title: string };
  /** Null when no exam is set or its day has passed. */
  plan: ExamPlan | null;
};
export type ExamOverview = { exam: LearnerExam; today: string; decks: DeckExamPlan[] };

/** The learner's exam, their "today" and the settings the plan needs for one deck. */
async function readLearnerPlanning(userId: string, deckId: string | null, now: Date) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      examKind: true,
      examDate: true,
      timeZone: true,
      rolloverHour: true,
      desiredRetention: true,
      fsrsParams: true,
      deckSettings: { where: { deckId: deckId ?? "" } },
    },
  });
  const own = user.deckSettings[0];
  const exam: LearnerExam =
    user.examKind && user.examDate ? { kind: user.examKind as ExamKind, day: user.examDate } : null;
  const settings = schedulerSettings({
    timeZone: user.timeZone,
    rolloverHour: user.rolloverHour,
    desiredRetention: own?.desiredRetention ?? user.desiredRetention,
    enableFuzz: false,
    weights: weightsInUse({
      learner: user.fsrsParams,
      deck: own?.fsrsParams ?? null,
      deckHasOwnRetention: own?.desiredRetention != null,
    }),
  });
  return {
    exam,
    today: learningDayOf(now, user.timeZone, user.rolloverHour),
    settings,
    newPerDay: own?.newPerDay ?? 20,
  };
}

/** Three counts over the deck's live cards: never introduced (and not suspended), in learning, and the reviewed states. */
async function readDeckProgress(userId: string, deckId: string) {
  const live = { deckId, retiredAt: null };
  const [newRemaining, inLearning, reviewed] = await Promise.all([
    db.card.count({
      where: { ...live, states: { none: { userId, OR: [{ state: { not: "new" } }, { suspended: true }] } } },
    }),
    db.cardState.count({ where: { userId, state: "learning", card: live } }),
    db.cardState.findMany({
      where: { userId, state: { in: ["review", "relearning"] }, suspended: false, card: live },
      select: {
        due: true,
        stability: true,
        difficulty: true,
        elapsedDays: true,
        scheduledDays: true,
        learningSteps: true,
        reps: true,
        lapses: true,
        state: true,
        lastReview: true,
      },
    }),
  ]);
  return { newRemaining, inLearning, reviewed };
}

/**
 * The exam plan for one deck the actor may study: days left, the new cards per day that introduce
 * the rest in time, whether their limit does, and their reviewed cards' recall at the exam if idle.
 */
export async function getExamPlan(actor: Actor | null, deckSlug: string, now: Date): Promise<DeckExamPlan> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: deckSlug }, select: { slug: true, title: true, ...DECK_ACCESS_SELECT } }),
  );
  const learner = await readLearnerPlanning(actor.id, deck.id, now);
  const base = { exam: learner.exam, today: learner.today, deck: { slug: deck.slug, title: deck.title } };
  if (!learner.exam || learner.exam.day < learner.today) return { ...base, plan: null };
  const progress = await readDeckProgress(actor.id, deck.id);
  const examStart = startOfLearningDay(learner.exam.day, learner.settings.timeZone, learner.settings.rolloverHour);
  const recall = meanRecallAt(
    progress.reviewed.map((row) => memoryFromRow(row, now)),
    examStart,
    learner.settings,
  );
  const plan = planExam({
    today: learner.today,
    examDay: learner.exam.day,
    newRemaining: progress.newRemaining,
    inLearning: progress.inLearning,
    newPerDay: learner.newPerDay,
    desiredRetention: learner.settings.desiredRetention,
    recallAtExamIfIdle: recall,
  });
  return { ...base, plan };
}

/**
 * The decks a learner studies: the built-in published decks, and any other deck they may study in
 * which they have started a card.
 */
async function listPlannedDecks(actor: Actor): Promise<string[]> {
  const decks = await db.deck.findMany({
    where: {
      OR: [{ origin: "content", isPublished: true }, { cards: { some: { states: { some: { userId: actor.id } } } } }],
    },
    orderBy: { title: "asc" },
    select: { slug: true, ...DECK_ACCESS_SELECT },
  });
  return (await filterStudyable(actor, decks)).map((deck) => deck.slug);
}

/** The exam and one plan per studied deck, for the dashboard. */
export async function getExamPlans(actor: Actor | null, now: Date): Promise<ExamOverview> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const slugs = await listPlannedDecks(actor);
  const decks = await Promise.all(slugs.map((slug) => getExamPlan(actor, slug, now)));
  const learner = decks[0] ?? (await readLearnerPlanning(actor.id, null, now));
  return { exam: learner.exam, today: learner.today, decks };
}
