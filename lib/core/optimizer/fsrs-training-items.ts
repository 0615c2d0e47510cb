import { daysBetween, learningDayOf } from "../scheduler/learning-day";
import type { CardStateName } from "../scheduler/memory-state";

// Turns a learner's review log into the items the FSRS optimizer (fsrs-rs) trains on, the way Anki
// builds them from its revlog (rslib scheduler/fsrs/params.rs, reviews_for_fsrs): per card, from the
// first rating of its last run of learning steps, one item per rating on a later day holding every
// rating up to it, with the days between ratings counted in the learner's own days (time zone and
// rollover hour). Same-day ratings stay in the item with 0 days between them: the short-term
// weights (w17–w19) learn from them, as with Anki's "short-term" training.

/** One rating as logged (ReviewLog, ours or imported from Anki). */
export type LoggedRating = {
  cardId: string;
  /** 1–4; 0 (Anki's manual entries) is left out. */
  rating: number;
  reviewedAt: Date;
  /** The card's state before the rating; 'new' starts its history (again after a reset). */
  previousState: CardStateName;
  /** 'review' (ours) and 'anki' (imported) train; quiz, cram and manual reschedules do not. */
  kind: string;
  /** Undone ratings never happened for the optimizer. */
  undone: boolean;
};

export type FsrsTrainingReview = { rating: number; deltaT: number };
/**
 * All ratings of a card up to one rating on a later day (fsrs-rs FSRSItem): the first `length` of
 * the card's `history`, which the card's items share (a year of reviews would otherwise be copied
 * once per item); `at` is the time of the last one.
 */
export type FsrsTrainingItem = { history: readonly FsrsTrainingReview[]; length: number; at: number };

/** The ratings an item holds, oldest first. */
export function itemReviews(item: FsrsTrainingItem): FsrsTrainingReview[] {
  return item.history.slice(0, item.length);
}
export type FsrsTrainingSet = { items: FsrsTrainingItem[]; reviewCount: number };

export const TRAINED_KINDS: ReadonlySet<string> = new Set(["review", "anki"]);
const LEARNING: ReadonlySet<CardStateName> = new Set(["new", "learning"]);

export type DayBoundary = { timeZone: string; rolloverHour: number };

/** Zone offsets and rollover hours are whole quarter hours, so one lookup serves each 15 minutes. */
const QUARTER_HOUR_MS = 900_000;

/** learningDayOf, remembered per quarter hour: a year of ratings would otherwise format each instant. */
export function learningDayCounter({ timeZone, rolloverHour }: DayBoundary): (at: Date) => string {
  const days = new Map<number, string>();
  return (at) => {
    const bucket = Math.floor(at.getTime() / QUARTER_HOUR_MS);
    let day = days.get(bucket);
    if (day === undefined) {
      day = learningDayOf(new Date(bucket * QUARTER_HOUR_MS), timeZone, rolloverHour);
      days.set(bucket, day);
    }
    return day;
  };
}

const counts = (log: LoggedRating) => !log.undone && TRAINED_KINDS.has(log.kind) && log.rating >= 1 && log.rating <= 4;

/** Index of the first rating of the card's last run of learning steps; -1 when it has none. */
function startOfLastLearning(logs: LoggedRating[]): number {
  let start = -1;
  for (let index = logs.length - 1; index >= 0; index--) {
    const learning = LEARNING.has(logs[index].previousState);
    if (learning) start = index;
    else if (start >= 0) break;
    if (learning && logs[index].previousState === "new") break;
  }
  return start;
}

/**
 * The training items of one card, from its logged ratings (any order). A card whose history does
 * not start with a learning step (it was rated before the log begins) gives none, as in Anki.
 */
export function trainingItemsForCard(
  logs: readonly LoggedRating[],
  dayOf: (at: Date) => string,
): { items: FsrsTrainingItem[]; reviewCount: number } {
  const kept = logs.filter(counts).sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
  const start = startOfLastLearning(kept);
  if (start < 0) return { items: [], reviewCount: 0 };
  const ratings = kept.slice(start);
  const history: FsrsTrainingReview[] = [];
  const items: FsrsTrainingItem[] = [];
  let previousDay = "";
  ratings.forEach((log, index) => {
    const day = dayOf(log.reviewedAt);
    const deltaT = index === 0 ? 0 : daysBetween(previousDay, day);
    previousDay = day;
    history.push({ rating: log.rating, deltaT });
    if (index >= 1 && deltaT > 0) items.push({ history, length: index + 1, at: log.reviewedAt.getTime() });
  });
  return items.length > 0 ? { items, reviewCount: ratings.length } : { items: [], reviewCount: 0 };
}

/** Groups ratings by card, in first-seen order. */
export function groupByCard(logs: readonly LoggedRating[]): LoggedRating[][] {
  const byCard = new Map<string, LoggedRating[]>();
  for (const log of logs) {
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  return [...byCard.values()];
}

/** Items in the order of their last rating (as Anki sorts them by revlog id). */
export function sortTrainingItems(items: FsrsTrainingItem[]): FsrsTrainingItem[] {
  return items.sort((a, b) => a.at - b.at);
}

/**
 * Every training item of a learner's log and the number of ratings they were built from (the
 * "reviews" an optimisation reports).
 */
export function buildTrainingSet(logs: readonly LoggedRating[], boundary: DayBoundary): FsrsTrainingSet {
  const dayOf = learningDayCounter(boundary);
  const items: FsrsTrainingItem[] = [];
  let reviewCount = 0;
  for (const card of groupByCard(logs)) {
    const built = trainingItemsForCard(card, dayOf);
    items.push(...built.items);
    reviewCount += built.reviewCount;
  }
  return { items: sortTrainingItems(items), reviewCount };
}
