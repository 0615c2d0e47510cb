import {
  fsrs,
  generatorParameters,
  State,
  StrategyMode,
  type Card,
  type FSRS,
  type FSRSParameters,
  type Grade,
  type ReviewLog,
  type StepUnit,
} from "ts-fsrs";
import type { CardStateName, MemoryState, ReviewRating } from "./memory-state";
import type { ReviewLogEntry } from "./review-log-entry";
import { DEFAULT_ROLLOVER_HOUR, DEFAULT_TIME_ZONE } from "./learning-day";
import { SchedulerError } from "./scheduler-error";
import type { FsrsWeights } from "./fsrs-weights";

// The only file that sees ts-fsrs's snake_case Card/ReviewLog; everything else uses MemoryState.

export type SchedulerSettings = {
  /** Target probability of recall when a card comes due (FSRS request_retention). */
  desiredRetention: number;
  /** Longest interval in days. */
  maximumInterval: number;
  /** e.g. ['1m', '10m']; units m, h, d. */
  learningSteps: string[];
  relearningSteps: string[];
  enableFuzz: boolean;
  /** The learner's IANA zone and day rollover: day intervals end at the start of their day. */
  timeZone: string;
  rolloverHour: number;
  /** FSRS-6 weights fitted to the learner's own reviews; null = the defaults. */
  weights: FsrsWeights | null;
};

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  desiredRetention: 0.9,
  maximumInterval: 36500,
  learningSteps: ["1m", "10m"],
  relearningSteps: ["10m"],
  enableFuzz: true,
  timeZone: DEFAULT_TIME_ZONE,
  rolloverHour: DEFAULT_ROLLOVER_HOUR,
  weights: null,
});

/** Fills unset settings with the defaults (copying the step arrays). */
export function schedulerSettings(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
  const merged = { ...DEFAULT_SCHEDULER_SETTINGS, ...overrides };
  return { ...merged, learningSteps: [...merged.learningSteps], relearningSteps: [...merged.relearningSteps] };
}

const STEP_PATTERN = /^[1-9]\d*[mhd]$/;

function toSteps(steps: string[], name: string): StepUnit[] {
  for (const step of steps) {
    if (!STEP_PATTERN.test(step)) {
      throw new SchedulerError("INVALID_SETTINGS", `${name}: '${step}' is not a step like 10m, 1h or 1d`);
    }
  }
  return steps as StepUnit[];
}

function toFsrsParameters(settings: SchedulerSettings): FSRSParameters {
  const { desiredRetention: retention, maximumInterval: maxIvl } = settings;
  if (!(retention > 0 && retention < 1)) {
    throw new SchedulerError("INVALID_SETTINGS", `desiredRetention must be in (0, 1), got ${retention}`);
  }
  if (!Number.isInteger(maxIvl) || maxIvl < 1) {
    throw new SchedulerError("INVALID_SETTINGS", `maximumInterval must be a positive integer, got ${maxIvl}`);
  }
  return generatorParameters({
    ...(settings.weights ? { w: [...settings.weights] } : {}),
    request_retention: retention,
    maximum_interval: maxIvl,
    enable_fuzz: settings.enableFuzz,
    enable_short_term: true,
    learning_steps: toSteps(settings.learningSteps, "learningSteps"),
    relearning_steps: toSteps(settings.relearningSteps, "relearningSteps"),
  });
}

/**
 * ts-fsrs seeds its fuzz PRNG from review time, reps and D×S by default, so the same answer
 * replayed later would fuzz differently. A SEED strategy makes the seed ours alone.
 */
function createFsrs(settings: SchedulerSettings, seed: string): FSRS {
  if (seed.length === 0) throw new SchedulerError("INVALID_INPUT", "seed must not be empty");
  return fsrs(toFsrsParameters(settings)).useStrategy(StrategyMode.SEED, () => seed);
}

const TO_FSRS_STATE: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};
const FROM_FSRS_STATE: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

const shifted = (date: Date, shiftMs: number) => new Date(date.getTime() + shiftMs);

/** `shiftMs` moves every instant (see dayAlignmentMs in schedule-review.ts). */
function toFsrsCard(state: MemoryState, shiftMs: number): Card {
  return {
    due: shifted(state.due, shiftMs),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: TO_FSRS_STATE[state.state],
    last_review: state.lastReview ? shifted(state.lastReview, shiftMs) : undefined,
  };
}

function fromFsrsCard(card: Card, shiftMs: number): MemoryState {
  return {
    due: shifted(card.due, -shiftMs),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: FROM_FSRS_STATE[card.state],
    lastReview: card.last_review ? shifted(card.last_review, -shiftMs) : null,
  };
}

/** ts-fsrs ReviewLog semantics: state/S/D/steps are the values before the answer. */
function toFsrsReviewLog(entry: ReviewLogEntry): ReviewLog {
  const before = entry.stateBefore;
  return {
    rating: entry.rating as Grade,
    state: TO_FSRS_STATE[before.state],
    due: before.lastReview ?? before.due,
    stability: before.stability,
    difficulty: before.difficulty,
    elapsed_days: entry.elapsedDays,
    last_elapsed_days: before.elapsedDays,
    scheduled_days: before.scheduledDays,
    learning_steps: before.learningSteps,
    review: entry.reviewedAt,
  };
}

export type FsrsCall = { settings: SchedulerSettings; seed: string; shiftMs: number };

/** ts-fsrs `next`: the state after answering `rating` at `now`, before day alignment. */
export function answerWithFsrs(state: MemoryState, rating: ReviewRating, now: Date, call: FsrsCall): MemoryState {
  const f = createFsrs(call.settings, call.seed);
  const { card } = f.next(toFsrsCard(state, call.shiftMs), shifted(now, call.shiftMs), rating as Grade);
  return fromFsrsCard(card, call.shiftMs);
}

/** ts-fsrs `repeat`: the state after each of the four ratings, before day alignment. */
export function previewWithFsrs(state: MemoryState, now: Date, call: FsrsCall): Record<ReviewRating, MemoryState> {
  const preview = createFsrs(call.settings, call.seed).repeat(
    toFsrsCard(state, call.shiftMs),
    shifted(now, call.shiftMs),
  );
  const of = (grade: Grade) => fromFsrsCard(preview[grade].card, call.shiftMs);
  return { 1: of(1), 2: of(2), 3: of(3), 4: of(4) };
}

/** ts-fsrs `rollback`: the state before the answer in `entry`, rebuilt from the log. */
export function rollbackWithFsrs(current: MemoryState, entry: ReviewLogEntry): MemoryState {
  return fromFsrsCard(fsrs().rollback(toFsrsCard(current, 0), toFsrsReviewLog(entry)), 0);
}

/** Probability (0..1) that the learner recalls the card at `now`; 0 for a new card. */
export function retrievabilityAt(state: MemoryState, now: Date, settings: SchedulerSettings): number {
  return fsrs(toFsrsParameters(settings)).get_retrievability(toFsrsCard(state, 0), now, false);
}

/** FSRS's memory model alone (no steps, no fuzz): what a simulation of future reviews needs. */
export type MemoryModel = {
  initial(rating: ReviewRating): { stability: number; difficulty: number };
  next(
    memory: { stability: number; difficulty: number },
    elapsedDays: number,
    rating: ReviewRating,
  ): { stability: number; difficulty: number };
  recall(stability: number, elapsedDays: number): number;
  /** Days until recall falls to the desired retention, at least 1, capped at the maximum interval. */
  interval(stability: number): number;
};

export function memoryModel(
  weights: FsrsWeights | null,
  desiredRetention: number,
  maximumInterval: number,
): MemoryModel {
  const f = fsrs(
    toFsrsParameters({ ...schedulerSettings({ desiredRetention, maximumInterval, enableFuzz: false }), weights }),
  );
  return {
    initial: (rating) => f.next_state(null, 0, rating),
    next: (memory, elapsedDays, rating) => f.next_state(memory, elapsedDays, rating),
    recall: (stability, elapsedDays) => f.forgetting_curve(elapsedDays, stability),
    interval: (stability) => Math.max(1, f.next_interval(stability, 0)),
  };
}
