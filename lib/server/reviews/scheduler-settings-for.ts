import "server-only";
import { schedulerSettings, type SchedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import type { DeckLimits } from "@/lib/core/scheduler/build-review-queue";
import { db } from "../db";

export type LearnerStudySettings = { scheduler: SchedulerSettings; limits: DeckLimits; locale: "ja" | "en" };

/** The learner's time zone, rollover and retention, with the deck's own override where set. */
export async function studySettingsFor(userId: string, deckId: string): Promise<LearnerStudySettings> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, rolloverHour: true, desiredRetention: true, locale: true, deckSettings: { where: { deckId } } },
  });
  const deck = user.deckSettings[0];
  return {
    scheduler: schedulerSettings({
      timeZone: user.timeZone,
      rolloverHour: user.rolloverHour,
      desiredRetention: deck?.desiredRetention ?? user.desiredRetention,
    }),
    limits: { newPerDay: deck?.newPerDay ?? 20, reviewsPerDay: deck?.reviewsPerDay ?? 200 },
    locale: user.locale === "en" ? "en" : "ja",
  };
}
