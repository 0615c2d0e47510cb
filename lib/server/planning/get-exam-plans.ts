import "server-only";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { filterStudyable, DECK_ACCESS_SELECT } from "../decks/can-study-deck";
import { getExamPlan, readLearnerPlanning, type DeckExamPlan, type LearnerExam } from "./get-exam-plan";

export type ExamOverview = { exam: LearnerExam; today: string; decks: DeckExamPlan[] };

/**
 * The decks a learner studies: the built-in published decks, and any other deck they may study in
 * which they have started a card.
 */
export async function listPlannedDecks(actor: Actor): Promise<string[]> {
  const decks = await db.deck.findMany({
    where: { OR: [{ origin: "content", isPublished: true }, { cards: { some: { states: { some: { userId: actor.id } } } } }] },
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
