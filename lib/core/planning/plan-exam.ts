import { addDays, daysBetween } from "../scheduler/learning-day";
import { SchedulerError } from "../scheduler/scheduler-error";

/**
 * The last days before the exam introduce no new cards. A card seen for the first time goes
 * through learning steps and then short FSRS intervals (1–3 days for a first "Good"); introduced
 * later than this, it reaches the exam before its first real review, i.e. before it is learnt.
 * Those days are for reviews, mock exams and cram sessions.
 */
export const REVIEW_BUFFER_DAYS = 3;

export type ExamPlanInput = {
  /** The learner's current learning day, YYYY-MM-DD. */
  today: string;
  /** The exam's day in the learner's calendar, YYYY-MM-DD. */
  examDay: string;
  /** Cards never introduced: no state or state "new", and not suspended. */
  newRemaining: number;
  /** Cards introduced but still in their first learning steps. */
  inLearning: number;
  /** The deck's new-cards-per-day limit. */
  newPerDay: number;
  desiredRetention: number;
  /** Mean recall of reviewed cards at the exam if nothing more is reviewed (null when unknown). */
  recallAtExamIfIdle?: number | null;
};

/**
 * - done: every card is introduced; keep reviewing.
 * - on-track: the current new/day limit introduces everything before the review buffer.
 * - behind: it does not; `neededPerDay` is what would.
 * - final-days: the exam is inside the review buffer (or past) and cards are still new.
 */
export type ExamPlanStatus = "done" | "on-track" | "behind" | "final-days";

export type ExamPlan = {
  status: ExamPlanStatus;
  /** Whole days from today to the exam: 0 on the day itself, 1 the day before. */
  daysLeft: number;
  /** The last day on which new cards should still be introduced (null when there is none). */
  lastNewDay: string | null;
  /** Days from today up to and including lastNewDay. */
  introductionDays: number;
  /** New cards per day needed to introduce everything by lastNewDay (null when no day is left). */
  neededPerDay: number | null;
  /** The day the current limit would introduce the last new card (null when it never would). */
  finishDay: string | null;
  newRemaining: number;
  inLearning: number;
  newPerDay: number;
  desiredRetention: number;
  recallAtExamIfIdle: number | null;
};

function checkCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new SchedulerError("INVALID_INPUT", `${name} must be a whole number ≥ 0, got ${value}`);
}

/**
 * How a learner's exam date relates to the cards they have not started: how many new cards a day
 * get everything introduced before the last REVIEW_BUFFER_DAYS, and whether their limit does that.
 * Today counts as an introduction day.
 */
export function planExam(input: ExamPlanInput): ExamPlan {
  checkCount("newRemaining", input.newRemaining);
  checkCount("inLearning", input.inLearning);
  checkCount("newPerDay", input.newPerDay);
  const daysLeft = daysBetween(input.today, input.examDay);
  const introductionDays = Math.max(0, daysLeft - REVIEW_BUFFER_DAYS);
  const lastNewDay = introductionDays > 0 ? addDays(input.today, introductionDays - 1) : null;
  const neededPerDay =
    input.newRemaining === 0 ? 0 : introductionDays > 0 ? Math.ceil(input.newRemaining / introductionDays) : null;
  const finishDay =
    input.newRemaining === 0
      ? input.today
      : input.newPerDay > 0
        ? addDays(input.today, Math.ceil(input.newRemaining / input.newPerDay) - 1)
        : null;
  const status: ExamPlanStatus =
    input.newRemaining === 0
      ? "done"
      : neededPerDay === null
        ? "final-days"
        : input.newPerDay >= neededPerDay
          ? "on-track"
          : "behind";
  return {
    status,
    daysLeft,
    lastNewDay,
    introductionDays,
    neededPerDay,
    finishDay,
    newRemaining: input.newRemaining,
    inLearning: input.inLearning,
    newPerDay: input.newPerDay,
    desiredRetention: input.desiredRetention,
    recallAtExamIfIdle: input.recallAtExamIfIdle ?? null,
  };
}
