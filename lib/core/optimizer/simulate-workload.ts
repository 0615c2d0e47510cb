import { memoryModel, type MemoryModel } from "../scheduler/fsrs-adapter";
import type { FsrsWeights } from "../scheduler/fsrs-weights";
import type { ReviewRating } from "../scheduler/memory-state";
import { seededRandom } from "../quiz/plan-quiz";

// "Desired retention" advice, the way Anki's FSRS simulator gives it: the learner's cards (those
// already learned, with their memory, and the new ones still to come at their daily limit) are
// played forward day by day with the learner's own weights; each due card is recalled with the
// probability the model gives and rescheduled at the retention being tried. What comes out is the
// workload (reviews per day) and how many cards would be remembered at the end, per retention.

export type SimulatedCard = { stability: number; difficulty: number; dueInDays: number; elapsedDaysAtDue: number };
export type WorkloadInput = {
  weights: FsrsWeights | null;
  retentions: readonly number[];
  cards: readonly SimulatedCard[];
  newCards: number;
  newPerDay: number;
  days: number;
  maximumInterval: number;
  seed: number;
};
export type WorkloadPoint = { retention: number; reviewsPerDay: number; remembered: number };

// First ratings of new cards and ratings of recalled reviews: Anki's simulator defaults.
const FIRST_RATING: [ReviewRating, number][] = [
  [1, 0.24],
  [2, 0.094],
  [3, 0.495],
  [4, 0.171],
];
const RECALLED_RATING: [ReviewRating, number][] = [
  [2, 0.224],
  [3, 0.632],
  [4, 0.144],
];

const pick = (table: [ReviewRating, number][], u: number): ReviewRating => {
  let sum = 0;
  for (const [rating, p] of table) if (u < (sum += p)) return rating;
  return table[table.length - 1][0];
};

type Live = { stability: number; difficulty: number; due: number; lastReview: number };

function simulateOne(model: MemoryModel, input: WorkloadInput, retention: number): WorkloadPoint {
  const random = seededRandom(`workload:${input.seed}`);
  const live: Live[] = [];
  // Cards by due day, so a day looks only at its own cards (a year of 7,000 cards, not 365 × 7,000).
  const dueOn = new Map<number, Live[]>();
  const schedule = (card: Live) => {
    if (card.due >= input.days) return;
    const list = dueOn.get(card.due);
    if (list) list.push(card);
    else dueOn.set(card.due, [card]);
  };
  for (const c of input.cards) {
    const due = Math.max(0, c.dueInDays);
    const card = { stability: c.stability, difficulty: c.difficulty, due, lastReview: due - c.elapsedDaysAtDue };
    live.push(card);
    schedule(card);
  }
  let reviews = 0;
  let introduced = 0;
  for (let day = 0; day < input.days; day++) {
    for (const card of dueOn.get(day) ?? []) {
      const elapsed = day - card.lastReview;
      const recalled = random() < model.recall(card.stability, elapsed);
      const next = model.next(card, elapsed, recalled ? pick(RECALLED_RATING, random()) : 1);
      reviews += recalled ? 1 : 2; // a lapse costs a relearning step the same day
      Object.assign(card, next, { lastReview: day, due: day + model.interval(next.stability) });
      schedule(card);
    }
    dueOn.delete(day);
    for (let n = 0; n < input.newPerDay && introduced < input.newCards; n++, introduced++) {
      const first = model.initial(pick(FIRST_RATING, random()));
      reviews += 2; // the first rating and a learning step
      const card = { ...first, lastReview: day, due: day + model.interval(first.stability) };
      live.push(card);
      schedule(card);
    }
  }
  const remembered = live.reduce((sum, card) => sum + model.recall(card.stability, input.days - card.lastReview), 0);
  return { retention, reviewsPerDay: reviews / input.days, remembered: Math.round(remembered) };
}

/** Workload and cards remembered after `days`, for each desired retention (same seed for each). */
export function simulateWorkload(input: WorkloadInput): WorkloadPoint[] {
  return input.retentions.map((retention) =>
    simulateOne(memoryModel(input.weights, retention, input.maximumInterval), input, retention),
  );
}

export const ADVICE_RETENTIONS: readonly number[] = [0.75, 0.8, 0.85, 0.9, 0.95];
