import "server-only";
import type { StudySettingsInput } from "@/lib/schemas/study-settings";
import { examDateProblem } from "@/lib/core/planning/exam-date";
import { learningDayOf } from "@/lib/core/scheduler/learning-day";
import type { Actor } from "../auth/current-user";
import { db } from "../db";
import { AppError } from "../errors";
import { assertCanStudyDeck, DECK_ACCESS_SELECT } from "../decks/can-study-deck";

/** The learner's own scheduling settings and their per-deck limits and retention override. */
export async function getStudySettings(actor: Actor | null, deckSlug: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      timeZone: true,
      rolloverHour: true,
      desiredRetention: true,
      examKind: true,
      examDate: true,
      deckSettings: { where: { deckId: deck.id } },
    },
  });
  const own = user.deckSettings[0];
  return {
    timeZone: user.timeZone,
    rolloverHour: user.rolloverHour,
    desiredRetention: user.desiredRetention,
    newPerDay: own?.newPerDay ?? 20,
    reviewsPerDay: own?.reviewsPerDay ?? 200,
    deckRetention: own?.desiredRetention ?? null,
    examKind: user.examKind,
    examDate: user.examDate,
  };
}

/**
 * Saves the settings. The exam day is checked against the learner's today in the time zone and
 * rollover being saved; a day in the past or too far ahead is refused as INVALID_INPUT with the
 * field's error in `details.fieldErrors`.
 */
export async function saveStudySettings(
  actor: Actor | null,
  input: StudySettingsInput,
  now: Date = new Date(),
): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const deck = await assertCanStudyDeck(
    actor,
    await db.deck.findUnique({ where: { slug: input.deckSlug }, select: { ...DECK_ACCESS_SELECT } }),
  );
  if (input.examDate) {
    const problem = examDateProblem(input.examDate, learningDayOf(now, input.timeZone, input.rolloverHour));
    if (problem)
      throw new AppError("INVALID_INPUT", {
        message: `examDate: ${problem}`,
        details: { fieldErrors: { examDate: problem } },
      });
  }
  const exam =
    input.examKind && input.examDate
      ? { examKind: input.examKind, examDate: input.examDate }
      : { examKind: null, examDate: null };
  await db.$transaction([
    db.user.update({
      where: { id: actor.id },
      data: {
        timeZone: input.timeZone,
        rolloverHour: input.rolloverHour,
        desiredRetention: input.desiredRetention,
        ...exam,
      },
    }),
    db.userDeckSetting.upsert({
      where: { userId_deckId: { userId: actor.id, deckId: deck.id } },
      create: {
        userId: actor.id,
        deckId: deck.id,
        newPerDay: input.newPerDay,
        reviewsPerDay: input.reviewsPerDay,
        desiredRetention: input.deckRetention,
      },
      update: { newPerDay: input.newPerDay, reviewsPerDay: input.reviewsPerDay, desiredRetention: input.deckRetention },
    }),
  ]);
}
