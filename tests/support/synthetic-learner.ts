// A learner whose memory follows known FSRS-6 weights: each card is introduced on some day, rated on
// the learning steps and then on the days a scheduler with the default weights chose (at a desired
// retention drawn per card, so recall ranges widely); whether it is recalled is drawn from the
// generating weights' forgetting curve. Everything is seeded: the same seed gives the same log.
import { createEmptyCard, forgetting_curve, fsrs, type Card, type Grade } from "ts-fsrs";
import type { LoggedRating } from "@/lib/core/optimizer/fsrs-training-items";
import type { CardStateName } from "@/lib/core/scheduler/memory-state";
import { seededRandom } from "@/lib/core/quiz/plan-quiz";

/** Generating weights, far from the defaults where reviews can show it (initial stabilities, decay, …). */
export const GENERATING_WEIGHTS: readonly number[] = [
  0.9, 3.2, 6.5, 25.0, 5.8, 0.55, 2.2, 0.02, 1.45, 0.22, 1.1, 1.7, 0.09, 0.35, 1.3, 0.45, 2.4, 0.6, 0.15, 0.08, 0.3,
];

const DAY_MS = 86_400_000;
const STATE_NAMES: CardStateName[] = ["new", "learning", "review", "relearning"];

export type SyntheticLearnerOptions = {
  seed: number;
  cards: number;
  days: number;
  start: Date;
  weights?: readonly number[];
};

function passGrade(random: () => number): Grade {
  const u = random();
  return (u < 0.15 ? 2 : u < 0.88 ? 3 : 4) as Grade;
}

/**
 * The learner's ratings, in time order, as ReviewLog rows would hold them (kind 'review', none
 * undone). Times are UTC; learning days are UTC days (rollover 0), as ts-fsrs counts them.
 */
export function simulateLearner(options: SyntheticLearnerOptions): LoggedRating[] {
  const random = seededRandom(`synthetic-learner:${options.seed}`);
  const truth = fsrs({ w: [...(options.weights ?? GENERATING_WEIGHTS)], enable_fuzz: false, enable_short_term: true });
  const weights = [...(options.weights ?? GENERATING_WEIGHTS)];
  const end = options.start.getTime() + options.days * DAY_MS;
  const logs: LoggedRating[] = [];
  for (let index = 0; index < options.cards; index++) {
    const cardId = `card-${index}`;
    const scheduler = fsrs({ request_retention: 0.7 + random() * 0.27, enable_fuzz: false, enable_short_term: true });
    const introduced =
      options.start.getTime() + Math.floor(random() * options.days * 0.8) * DAY_MS + (8 + random() * 12) * 3_600_000;
    let planned: Card = createEmptyCard(new Date(introduced));
    let memory: Card = createEmptyCard(new Date(introduced));
    let at = introduced;
    while (at < end) {
      const now = new Date(at);
      let rating: Grade;
      if (memory.state === 0) {
        const u = random();
        rating = (u < 0.25 ? 1 : u < 0.35 ? 2 : u < 0.9 ? 3 : 4) as Grade;
      } else {
        const elapsedDays = Math.max(0, (at - memory.last_review!.getTime()) / DAY_MS);
        const days = Math.floor(at / DAY_MS) - Math.floor(memory.last_review!.getTime() / DAY_MS);
        // Across days the generating curve at whole days, which is what the optimizer models; within a day the real elapsed time.
        const recall = forgetting_curve(weights, days >= 1 ? days : elapsedDays, memory.stability);
        rating = random() < recall ? passGrade(random) : 1;
      }
      logs.push({
        cardId,
        rating,
        reviewedAt: now,
        previousState: STATE_NAMES[planned.state],
        kind: "review",
        undone: false,
      });
      memory = truth.next(memory, now, rating).card;
      planned = scheduler.next(planned, now, rating).card;
      // A learner comes back some minutes to hours after the card is due.
      at = Math.max(planned.due.getTime(), at + 60_000) + Math.floor(random() * 6 * 3_600_000);
    }
  }
  return logs.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
}
