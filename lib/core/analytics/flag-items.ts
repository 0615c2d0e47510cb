// Which items an instructor should look at first. Every rule needs a minimum number of answers
// because a rate over two or three answers says more about one learner than about the item.

/** Per-item numbers; a rate is null when nothing was counted for it. */
export type ItemStats = {
  reviews: number;
  /** Share of reviews rated Again (1). */
  againRate: number | null;
  /** Reviews whose answer the grader judged (typed and kubectl cards). */
  gradedReviews: number;
  /** Share of graded reviews whose final rating differs from the one the grader proposed. */
  overrideRate: number | null;
  quizAnswers: number;
  /** Share of quiz answers not judged correct. */
  quizMissRate: number | null;
  /** Mean probability of recall now over learners' studied cards of the item. */
  avgRecall: number | null;
};

export type ItemFlagCode = "many-agains" | "many-overrides" | "many-misses";

/** A flag with the numbers behind it, so the page can state the reason in the reader's language. */
export type ItemFlag = { code: ItemFlagCode; rate: number; count: number; threshold: number };

// Five answers: fewer are too easily one learner's bad day; more would hide problems in small classes.
export const MIN_REVIEWS_FOR_AGAIN_FLAG = 5;
// FSRS schedules for ~90 % recall, so about 1 review in 10 is Again (more while learning); when half
// are Again, the card is usually unclear, too big, or asks two things at once.
export const AGAIN_RATE_FLAG = 0.5;
export const MIN_GRADED_REVIEWS_FOR_OVERRIDE_FLAG = 5;
// Learners who disagree with the grader on 3 answers in 10 usually typed an accepted form the item
// does not list, or the grader is too lenient; either way the item's answer key needs a look.
export const OVERRIDE_RATE_FLAG = 0.3;
export const MIN_QUIZ_ANSWERS_FOR_MISS_FLAG = 5;
// Above 60 % misses a question does worse than a coin on true/false: the wording misleads or the key
// is wrong. Quizzes are answered cold, so the bar sits higher than the review Again rate's.
export const QUIZ_MISS_RATE_FLAG = 0.6;

/** The flags an item earns, in a fixed order (agains, overrides, misses). */
export function flagItem(stats: ItemStats): ItemFlag[] {
  const flags: ItemFlag[] = [];
  if (stats.reviews >= MIN_REVIEWS_FOR_AGAIN_FLAG && stats.againRate !== null && stats.againRate >= AGAIN_RATE_FLAG) {
    flags.push({ code: "many-agains", rate: stats.againRate, count: stats.reviews, threshold: AGAIN_RATE_FLAG });
  }
  if (
    stats.gradedReviews >= MIN_GRADED_REVIEWS_FOR_OVERRIDE_FLAG &&
    stats.overrideRate !== null &&
    stats.overrideRate >= OVERRIDE_RATE_FLAG
  ) {
    flags.push({
      code: "many-overrides",
      rate: stats.overrideRate,
      count: stats.gradedReviews,
      threshold: OVERRIDE_RATE_FLAG,
    });
  }
  if (
    stats.quizAnswers >= MIN_QUIZ_ANSWERS_FOR_MISS_FLAG &&
    stats.quizMissRate !== null &&
    stats.quizMissRate >= QUIZ_MISS_RATE_FLAG
  ) {
    flags.push({
      code: "many-misses",
      rate: stats.quizMissRate,
      count: stats.quizAnswers,
      threshold: QUIZ_MISS_RATE_FLAG,
    });
  }
  return flags;
}

/**
 * Orders items for the report: flagged ones first, then by Again rate (highest first, items never
 * reviewed last), then by their place in the deck.
 */
export function compareItemsForReport<
  T extends { flags: readonly ItemFlag[]; againRate: number | null; position: number },
>(a: T, b: T): number {
  const flagged = Number(b.flags.length > 0) - Number(a.flags.length > 0);
  if (flagged !== 0) return flagged;
  const again = (b.againRate ?? -1) - (a.againRate ?? -1);
  return again !== 0 ? again : a.position - b.position;
}

/** `part / whole`, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
