import "server-only";
import { schedulerSettings, type SchedulerSettings } from "@/lib/core/scheduler/fsrs-adapter";
import { weightsInUse } from "@/lib/core/scheduler/fsrs-weights";
import type { DeckLimits } from "@/lib/core/scheduler/build-review-queue";
import { readRows } from "../db/read-rows";
import { rawNumber as num } from "../db/raw-values";
import { AppError } from "../errors";

export type LearnerStudySettings = { scheduler: SchedulerSettings; limits: DeckLimits; locale: "ja" | "en" };

/** The learner's time zone, rollover, retention and FSRS weights, with the deck's own where set. */
export async function studySettingsFor(userId: string, deckId: string): Promise<LearnerStudySettings> {
  // One statement (every queue read starts here): Prisma's relation load took two.
  const [user] = await readRows({
    sql: `SELECT u."timeZone", u."rolloverHour", u."desiredRetention", u."locale", u."fsrsParams",
             s."newPerDay", s."reviewsPerDay", s."desiredRetention" AS "deckRetention", s."fsrsParams" AS "deckParams"
      FROM "User" u LEFT JOIN "UserDeckSetting" s ON s."userId" = u."id" AND s."deckId" = ?
      WHERE u."id" = ?`,
    params: [deckId, userId],
  });
  if (!user) throw new AppError("NOT_FOUND", { message: "user not found" });
  const deck = (key: string) => (user[key] === null || user[key] === undefined ? null : num(user[key]));
  return {
    scheduler: schedulerSettings({
      timeZone: user.timeZone as string,
      rolloverHour: num(user.rolloverHour),
      desiredRetention: deck("deckRetention") ?? num(user.desiredRetention),
      weights: weightsInUse({
        learner: (user.fsrsParams as string | null) ?? null,
        deck: (user.deckParams as string | null) ?? null,
        deckHasOwnRetention: deck("deckRetention") !== null,
      }),
    }),
    limits: { newPerDay: deck("newPerDay") ?? 20, reviewsPerDay: deck("reviewsPerDay") ?? 200 },
    locale: user.locale === "en" ? "en" : "ja",
  };
}
